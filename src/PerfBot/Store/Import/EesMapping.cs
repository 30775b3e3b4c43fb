namespace PerfBot.Store.Import;

/// <summary>
/// Which of the council's indicators a column of Explore Education Statistics files benchmarks: a small CSV officers edit,
/// <c>indicator,column,filters,scale</c> — filters such as <c>establishment_type=Total; exceptions=Excluding exceptions</c>
/// pick one row per area and year where a file breaks its figures down; scale multiplies (100 turns a fraction into a %).
/// </summary>
public sealed record EesMapping(int Row, string Indicator, string Column, IReadOnlyList<(string Column, string Value)> Filters, double Scale)
{
    public static readonly IReadOnlyList<string> Columns = ["indicator", "column", "filters", "scale"];

    public static IReadOnlyList<EesMapping> Read(string path)
    {
        var table = TableReader.Read(path);
        var problems = new List<ImportProblem>();
        var headers = HeaderMap.Build(table, Columns, ["indicator", "column"], problems);
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        var mappings = new List<EesMapping>();
        foreach (var row in table.Rows)
        {
            var indicator = Cells.Clean(headers.Cell(row, "indicator"));
            var column = Cells.Clean(headers.Cell(row, "column"));
            if (indicator is null) problems.Add(new ImportProblem(table.FileName, "indicator is required: an indicator's code or name.", row.Number, headers.ColumnOf("indicator"), "indicator"));
            if (column is null) problems.Add(new ImportProblem(table.FileName, "column is required: the statistics file's column that holds the figure.", row.Number, headers.ColumnOf("column"), "column"));
            var filters = new List<(string, string)>();
            foreach (var filter in (Cells.Clean(headers.Cell(row, "filters")) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var equals = filter.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0) problems.Add(new ImportProblem(table.FileName, "is not a filter; write column=value, several separated by ';'.", row.Number, headers.ColumnOf("filters"), "filters", filter));
                else filters.Add((filter[..equals].Trim(), filter[(equals + 1)..].Trim()));
            }
            var scale = 1.0;
            if (Cells.Clean(headers.Cell(row, "scale")) is { } s && (!Cells.TryNumber(s, out scale) || scale == 0))
                problems.Add(new ImportProblem(table.FileName, "is not a scale; expected a number such as 100, or leave it empty.", row.Number, headers.ColumnOf("scale"), "scale", s));
            if (indicator is not null && column is not null) mappings.Add(new EesMapping(row.Number, indicator, column, filters, scale));
        }
        if (mappings.Count == 0 && problems.Count == 0) problems.Add(new ImportProblem(table.FileName, "the mapping has a header row but no indicators."));
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        return mappings;
    }
}

/// <summary>Whose figures are benchmarks: the council (its region follows from its rows) and its statistical neighbours.</summary>
/// <param name="LocalAuthority">The council's new_la_code (E06000059), old_la_code (838) or la_name (Dorset).</param>
/// <param name="Neighbours">The statistical neighbours, each written the same ways.</param>
public sealed record EesSettings(string LocalAuthority, IReadOnlyList<string> Neighbours);
