namespace PerfBot.Cards;

/// <summary>Text; wraps by default because truncated indicator names help nobody.</summary>
public sealed record TextBlock(string Text) : CardElement
{
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

public sealed record Fact(string Title, string Value);

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
