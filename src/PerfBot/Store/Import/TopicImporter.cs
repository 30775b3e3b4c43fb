using Dapper;

namespace PerfBot.Store.Import;

/// <summary>
/// Topics as a file officers edit, beside the vocabulary: each row names a subject members ask about as a whole
/// ("homelessness") and what it covers — phrases of indicators' names or aliases, or indicator codes — so the subject
/// reaches indicators whose names never say its word. The file replaces the list.
/// </summary>
public static class TopicImporter
{
    public static readonly IReadOnlyList<string> Columns = ["topic", "covers", "note"];

    public static ImportSummary Import(Database database, string path)
    {
        var table = TableReader.Read(path);
        var problems = new List<ImportProblem>();
        var headers = HeaderMap.Build(table, Columns, ["topic", "covers"], problems);
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        var entries = new List<(string Topic, string Covers, string? Note)>();
        var seen = new Dictionary<string, int>();
        foreach (var row in table.Rows)
        {
            var topic = Cells.Clean(headers.Cell(row, "topic"));
            var covers = Cells.Clean(headers.Cell(row, "covers"));
            if (topic is null) problems.Add(new ImportProblem(table.FileName, "topic is required and this cell is empty.", row.Number, headers.ColumnOf("topic"), "topic"));
            if (covers is null) problems.Add(new ImportProblem(table.FileName, "covers is required and this cell is empty: list the phrases or indicator codes the topic covers, separated by ';'.", row.Number, headers.ColumnOf("covers"), "covers"));
            if (topic is null || covers is null) continue;
            if (Parts(topic).Count == 0 || Parts(covers).Count == 0)
            {
                problems.Add(new ImportProblem(table.FileName, "holds only ';' separators: name at least one phrase.", row.Number,
                    headers.ColumnOf(Parts(topic).Count == 0 ? "topic" : "covers"), Parts(topic).Count == 0 ? "topic" : "covers"));
                continue;
            }
            var clash = Parts(topic).FirstOrDefault(name => seen.ContainsKey(Names.Key(name)));
            if (clash is not null)
            {
                problems.Add(new ImportProblem(table.FileName, $"is already a topic's name in row {seen[Names.Key(clash)]}; name each topic once.", row.Number, headers.ColumnOf("topic"), "topic", clash));
                continue;
            }
            foreach (var name in Parts(topic)) seen[Names.Key(name)] = row.Number;
            entries.Add((topic, covers, Cells.Clean(headers.Cell(row, "note"))));
        }
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        if (entries.Count == 0) throw new ImportRefusedException([new ImportProblem(table.FileName, "the file has a header row but no data rows.")]);

        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM topics", transaction: transaction);
        connection.Execute("INSERT INTO topics (topic, covers, note) VALUES (@Topic, @Covers, @Note)",
            entries.Select(e => new { e.Topic, e.Covers, e.Note }), transaction);
        StoreVersion.Bump(connection, transaction);
        transaction.Commit();
        return new ImportSummary(table.FileName, entries.Count, 0, 0, 0, 0);
    }

    /// <summary>A cell's ';'-separated parts, trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> Parts(string cell) => cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
