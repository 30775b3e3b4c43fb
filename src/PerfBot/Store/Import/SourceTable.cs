namespace PerfBot.Store.Import;

/// <summary>A spreadsheet or CSV file as rows of text cells. Row numbers are as a spreadsheet shows them: the header is row 1.</summary>
public sealed record SourceTable(string FileName, IReadOnlyList<string> Headers, IReadOnlyList<SourceRow> Rows);

public sealed record SourceRow(int Number, IReadOnlyList<string?> Cells)
{
    public string? this[int column] => column < Cells.Count ? Cells[column] : null;
}
