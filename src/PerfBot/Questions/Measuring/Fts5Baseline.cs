using Microsoft.Data.Sqlite;
using PerfBot.Indicators;

namespace PerfBot.Questions.Measuring;

/// <summary>The plain baseline: SQLite FTS5 (porter tokenizer) over indicator names, ranked by bm25.</summary>
public sealed class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection _connection;

    public Fts5Baseline(IEnumerable<Indicator> indicators)
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        using (var create = _connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE names USING fts5(code UNINDEXED, name, tokenize = 'porter unicode61')";
            create.ExecuteNonQuery();
        }
        using var transaction = _connection.BeginTransaction();
        foreach (var indicator in indicators)
        {
            using var insert = _connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO names (code, name) VALUES ($code, $name)";
            insert.Parameters.AddWithValue("$code", indicator.Code);
            insert.Parameters.AddWithValue("$name", indicator.Name);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>The best-matching indicator's code, or null when no word of the question is in any name.</summary>
    public string? Find(string question)
    {
        var words = QuestionText.MatchWords(QuestionText.Normalise(question)).Where(w => w.All(char.IsLetterOrDigit)).Distinct().ToList();
        if (words.Count == 0) return null;
        using var query = _connection.CreateCommand();
        query.CommandText = "SELECT code FROM names WHERE names MATCH $q ORDER BY bm25(names) LIMIT 1";
        query.Parameters.AddWithValue("$q", string.Join(" OR ", words.Select(w => $"\"{w}\"")));
        return query.ExecuteScalar() as string;
    }

    public void Dispose() => _connection.Dispose();
}
