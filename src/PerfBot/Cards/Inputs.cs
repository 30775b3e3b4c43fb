namespace PerfBot.Cards;

/// <summary>
/// A text box. Its <see cref="CardElement.Id"/> is required: an Action.Execute or Action.Submit on the card sends the text
/// under that name beside the action's own data.
/// </summary>
public sealed record InputText : CardElement
{
    public string? Label { get; init; }
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }

    public InputText(string id) => Id = id;
}
