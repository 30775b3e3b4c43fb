using Dapper;
using PerfBot.Indicators;

namespace PerfBot.Store.Import;

/// <summary>
/// Imports the indicator catalogue — names, aliases, service areas, polarity with its reason — which officers keep
/// as a CSV or XLSX file and edit without touching code.
/// </summary>
public static class CatalogueImporter
{
    public static readonly IReadOnlyList<string> Columns =
        ["code", "name", "service_area", "unit", "frequency", "polarity", "polarity_reason", "aliases", "committee", "owner", "amber_tolerance"];

    private sealed record Entry(int Row, string? Code, string Name, string? ServiceArea, string? Unit, Frequency? Frequency, Polarity? Polarity,
        string? PolarityReason, IReadOnlyList<string> Aliases, IReadOnlyList<string> Committees, string? Owner, double? AmberTolerance);

    public static ImportSummary Import(Database database, string path)
    {
        var table = TableReader.Read(path);
        var problems = new List<ImportProblem>();
        var headers = HeaderMap.Build(table, Columns, ["name"], problems);
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        if (table.Rows.Count == 0) throw new ImportRefusedException([new ImportProblem(table.FileName, "the file has a header row but no data rows.")]);

        var entries = table.Rows.Select(row => Read(table.FileName, row, headers, problems)).OfType<Entry>().ToList();
        Once(table.FileName, entries, e => e.Code, StringComparer.OrdinalIgnoreCase, "code", headers, problems);
        Once(table.FileName, entries, e => Names.Key(e.Name), StringComparer.Ordinal, "name", headers, problems);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var committees = connection.Query<(long Id, string Name)>("SELECT id, name FROM committees", transaction: transaction)
            .ToDictionary(c => Names.Key(c.Name), c => c.Id);
        foreach (var entry in entries)
            foreach (var name in entry.Committees.Where(n => !committees.ContainsKey(Names.Key(n))))
                problems.Add(new ImportProblem(table.FileName, $"is not a committee PerfBot knows (known: {string.Join("; ", committees.Keys.Order())}).",
                    entry.Row, headers.ColumnOf("committee"), "committee", name));
        if (problems.Count > 0) throw new ImportRefusedException(problems);

        using var resolver = new IndicatorResolver(connection, transaction);
        // Every entry's indicator exists before its columns, aliases and committees are written.
        var ids = entries.Select(e => resolver.Resolve(e.Name, e.Code, e.ServiceArea, e.Unit, e.Frequency, e.Polarity, e.Owner)).ToList();
        resolver.Flush();
        foreach (var (e, id) in entries.Zip(ids))
        {
            connection.Execute("""
                UPDATE indicators SET
                    name = @Name, name_key = @Key,
                    service_area = COALESCE(@ServiceArea, service_area), unit = COALESCE(@Unit, unit),
                    frequency = COALESCE(@Frequency, frequency), polarity = COALESCE(@Polarity, polarity),
                    polarity_reason = COALESCE(@PolarityReason, polarity_reason), owner = COALESCE(@Owner, owner),
                    amber_tolerance = COALESCE(@AmberTolerance, amber_tolerance)
                WHERE id = @id
                """,
                new
                {
                    id, Name = e.Name, Key = Names.Key(e.Name), e.ServiceArea, e.Unit, e.PolarityReason, e.Owner, e.AmberTolerance,
                    Frequency = e.Frequency is { } f ? Words.Write(f) : null,
                    Polarity = e.Polarity is { } p ? Words.Write(p) : null,
                }, transaction);
            if (headers.Has("aliases"))
            {
                // The catalogue is the list of aliases: ones an officer deleted go.
                connection.Execute("DELETE FROM indicator_aliases WHERE indicator_id = @id", new { id }, transaction);
                foreach (var alias in e.Aliases)
                    connection.Execute("INSERT INTO indicator_aliases (indicator_id, alias) VALUES (@id, @alias) ON CONFLICT DO NOTHING", new { id, alias }, transaction);
            }
            foreach (var committee in e.Committees)
                connection.Execute("INSERT INTO indicator_committees (indicator_id, committee_id) VALUES (@id, @committeeId) ON CONFLICT DO NOTHING",
                    new { id, committeeId = committees[Names.Key(committee)] }, transaction);
        }
        StoreVersion.Bump(connection, transaction);
        transaction.Commit();
        return new ImportSummary(table.FileName, entries.Count, resolver.Created, 0, 0, 0);
    }

    private static Entry? Read(string file, SourceRow row, HeaderMap headers, List<ImportProblem> problems)
    {
        var before = problems.Count;
        string? Text(string field) => Cells.Clean(headers.Cell(row, field));
        void Problem(string field, string? value, string message) =>
            problems.Add(new ImportProblem(file, message, row.Number, headers.ColumnOf(field), field, value));

        var name = Text("name");
        if (name is null) Problem("name", null, "name is required and this cell is empty.");
        Frequency? frequency = null;
        if (Text("frequency") is { } f) { if (Words.TryFrequency(f, out var v)) frequency = v; else Problem("frequency", f, "is not a frequency; expected monthly, quarterly or annual."); }
        Polarity? polarity = null;
        if (Text("polarity") is { } p) { if (Words.TryPolarity(p, out var v)) polarity = v; else Problem("polarity", p, "is not a polarity; expected higher, lower or none."); }
        double? tolerance = null;
        if (Text("amber_tolerance") is { } t)
        {
            if (Cells.TryNumber(t, out var v) && v >= 0) tolerance = t.Contains('%') ? v / 100 : v;
            else Problem("amber_tolerance", t, "is not a tolerance; expected a fraction of the target such as 0.1, or a percentage such as 10%.");
        }
        if (problems.Count > before) return null;
        return new Entry(row.Number, Text("code"), name!, Text("service_area"), Text("unit"), frequency, polarity, Text("polarity_reason"),
            List(Text("aliases")), List(Text("committee")), Text("owner"), tolerance);
    }

    /// <summary>
    /// The catalogue is the list of indicators: a code or a name (as names are compared) twice would make the second
    /// row silently overwrite the first, so both rows are named instead.
    /// </summary>
    private static void Once(string file, List<Entry> entries, Func<Entry, string?> key, StringComparer comparer, string field, HeaderMap headers, List<ImportProblem> problems)
    {
        var first = new Dictionary<string, Entry>(comparer);
        foreach (var entry in entries)
        {
            if (key(entry) is not { } value) continue;
            if (first.TryAdd(value, entry)) continue;
            var shown = field == "code" ? entry.Code : entry.Name;
            problems.Add(new ImportProblem(file, $"is also the {field} in row {first[value].Row}; each indicator appears once in the catalogue.",
                entry.Row, headers.ColumnOf(field), field, shown));
        }
    }

    private static IReadOnlyList<string> List(string? cell) =>
        cell?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList() ?? [];
}
