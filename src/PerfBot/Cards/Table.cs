namespace PerfBot.Cards;

/// <summary>A grid (schema 1.5): one <see cref="TableColumn"/> definition per column, rows of cells.</summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<TableRow> Rows) : CardElement
{
    public bool FirstRowAsHeader { get; init; } = true;
    public bool ShowGridLines { get; init; } = true;
    public ContainerStyle? GridStyle { get; init; }

    /// <summary>A table of plain text: the first row is the header.</summary>
    public static Table OfText(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) => new(
        header.Select(_ => new TableColumn(1)).ToList(),
        new[] { header }.Concat(rows).Select(row => new TableRow(row.Select(TableCell.OfText).ToList())).ToList());
}

public sealed record TableColumn(int Width);

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    public string Type => "TableRow";
    public ContainerStyle? Style { get; init; }
}

public sealed record TableCell(IReadOnlyList<CardElement> Items)
{
    public string Type => "TableCell";
    public ContainerStyle? Style { get; init; }

    public static TableCell OfText(string text) => new([new TextBlock(text)]);
}
