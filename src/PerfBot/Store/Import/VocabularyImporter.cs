using Dapper;

namespace PerfBot.Store.Import;

/// <summary>Council vocabulary — abbreviations and plain-English synonyms — as a file officers edit: the file replaces the list.</summary>
public static class VocabularyImporter
{
    public static readonly IReadOnlyList<string> Columns = ["term", "means", "note"];

    public static ImportSummary Import(Database database, string path)
    {
        var table = TableReader.Read(path);
        var problems = new List<ImportProblem>();
        var headers = HeaderMap.Build(table, Columns, ["term", "means"], problems);
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        var entries = new List<(string Term, string Means, string? Note)>();
        var seen = new Dictionary<string, int>();
        foreach (var row in table.Rows)
        {
            var term = Cells.Clean(headers.Cell(row, "term"));
            var means = Cells.Clean(headers.Cell(row, "means"));
            if (term is null) problems.Add(new ImportProblem(table.FileName, "term is required and this cell is empty.", row.Number, headers.ColumnOf("term"), "term"));
            if (means is null) problems.Add(new ImportProblem(table.FileName, "means is required and this cell is empty.", row.Number, headers.ColumnOf("means"), "means"));
            if (term is null || means is null) continue;
            if (seen.TryGetValue(Names.Key(term), out var first))
            {
                problems.Add(new ImportProblem(table.FileName, $"is already defined in row {first}; define each term once.", row.Number, headers.ColumnOf("term"), "term", term));
                continue;
            }
            seen[Names.Key(term)] = row.Number;
            entries.Add((term, means, Cells.Clean(headers.Cell(row, "note"))));
        }
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        if (entries.Count == 0) throw new ImportRefusedException([new ImportProblem(table.FileName, "the file has a header row but no data rows.")]);

        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM vocabulary", transaction: transaction);
        connection.Execute("INSERT INTO vocabulary (term, means, note) VALUES (@Term, @Means, @Note)",
            entries.Select(e => new { e.Term, e.Means, e.Note }), transaction);
        StoreVersion.Bump(connection, transaction);
        transaction.Commit();
        return new ImportSummary(table.FileName, entries.Count, 0, 0, 0, 0);
    }
}
