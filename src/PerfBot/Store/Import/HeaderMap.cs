namespace PerfBot.Store.Import;

/// <summary>Which column of a file holds which field; built once per file, refusing unknown, blank and repeated headers.</summary>
public sealed class HeaderMap
{
    private readonly Dictionary<string, int> _columns;

    private HeaderMap(Dictionary<string, int> columns) => _columns = columns;

    public bool Has(string field) => _columns.ContainsKey(field);

    public int? ColumnOf(string field) => _columns.TryGetValue(field, out var column) ? column : null;

    public string? Cell(SourceRow row, string field) => _columns.TryGetValue(field, out var column) ? row[column] : null;

    public int Width { get; private init; }

    public static HeaderMap Build(SourceTable table, IReadOnlyList<string> allowed, IReadOnlyList<string> required, List<ImportProblem> problems) =>
        Build(table.FileName, table.Headers, allowed, required, problems);

    public static HeaderMap Build(string fileName, IReadOnlyList<string> headers, IReadOnlyList<string> allowed, IReadOnlyList<string> required, List<ImportProblem> problems)
    {
        var table = (FileName: fileName, Headers: headers);
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < table.Headers.Count; i++)
        {
            var header = table.Headers[i];
            if (header.Length == 0)
            {
                problems.Add(new ImportProblem(table.FileName, "the header cell is blank; every column needs a name. Allowed names: " + string.Join(", ", allowed) + ".", Row: 1, Column: i));
                continue;
            }
            var field = MeasureColumns.Normalise(header);
            if (!allowed.Contains(field))
                problems.Add(new ImportProblem(table.FileName, "is not a known column. Allowed columns: " + string.Join(", ", allowed) + ".", Row: 1, Column: i, Value: header));
            else if (!columns.TryAdd(field, i))
                problems.Add(new ImportProblem(table.FileName, $"appears twice (also column {ImportProblem.ColumnLetter(columns[field])}); each column may appear once.", Row: 1, Column: i, Value: header));
        }
        foreach (var field in required.Where(f => !columns.ContainsKey(f)))
            problems.Add(new ImportProblem(table.FileName, $"the required column '{field}' is missing. Required: {string.Join(", ", required)}; found: {ImportProblem.Shown(string.Join(", ", table.Headers.Where(h => h.Length > 0)))}.", Row: 1));
        return new HeaderMap(columns) { Width = headers.Count };
    }
}
