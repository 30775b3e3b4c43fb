using System.Text.Json.Serialization;

namespace PerfBot.Cards;

/// <summary>
/// Text; wraps by default because truncated indicator names help nobody. <see cref="Text"/> is plain text, written
/// escaped so clients show it as typed; <see cref="Markdown"/> makes a block of PerfBot's own formatting.
/// </summary>
public sealed record TextBlock(string Text) : CardElement
{
    [JsonIgnore] public string Text { get; init; } = Text;

    /// <summary>Set when the text is PerfBot's own Markdown (from <see cref="CardMarkdown.Of"/>), not data.</summary>
    [JsonIgnore] public bool IsMarkdown { get; private init; }

    [JsonPropertyName("text")] public string Written => IsMarkdown ? Text : CardMarkdown.Escape(Text);

    public static TextBlock Markdown(CardMarkdown markdown) => new(markdown.Value) { IsMarkdown = true };

    public TextSize? Size { get; init; }
    public TextWeight? Weight { get; init; }
    public TextColor? Color { get; init; }
    public bool? IsSubtle { get; init; }
    public bool Wrap { get; init; } = true;
    public int? MaxLines { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }

    /// <summary>"heading" lets screen readers announce the block as a heading.</summary>
    public string? Style { get; init; }

    public static TextBlock Heading(string text) => new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = "heading" };
    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Size = TextSize.Small };
}

/// <summary>A title and a value, both plain text (escaped as a TextBlock's text is).</summary>
public sealed record Fact(string Title, string Value)
{
    [JsonIgnore] public string Title { get; init; } = Title;
    [JsonIgnore] public string Value { get; init; } = Value;
    [JsonPropertyName("title")] public string WrittenTitle => CardMarkdown.Escape(Title);
    [JsonPropertyName("value")] public string WrittenValue => CardMarkdown.Escape(Value);
}

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    public FactSet(params Fact[] facts) : this((IReadOnlyList<Fact>)facts) { }
}

public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
    public bool? Bleed { get; init; }
    public CardAction? SelectAction { get; init; }

    public Container(params CardElement[] items) : this((IReadOnlyList<CardElement>)items) { }
}

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public ContainerStyle? Style { get; init; }

    public ColumnSet(params Column[] columns) : this((IReadOnlyList<Column>)columns) { }
}

/// <summary>A column of a <see cref="ColumnSet"/>. Width is "auto", "stretch", a weight ("2") or pixels ("50px").</summary>
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    public string Type => "Column";
    public string? Id { get; init; }
    public string? Width { get; init; }
    public ContainerStyle? Style { get; init; }
    public string? VerticalContentAlignment { get; init; }
    public CardAction? SelectAction { get; init; }

    public Column(params CardElement[] items) : this((IReadOnlyList<CardElement>)items) { }
}

/// <summary>An image by https URL or data URI (keep data URIs small: a Teams message is limited to about 80 KB).</summary>
public sealed record Image(string Url) : CardElement
{
    public string? AltText { get; init; }
    public ImageSize? Size { get; init; }
    public string? Width { get; init; }
    public HorizontalAlignment? HorizontalAlignment { get; init; }
}

public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement
{
    public ActionSet(params CardAction[] actions) : this((IReadOnlyList<CardAction>)actions) { }
}
