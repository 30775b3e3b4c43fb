using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using PerfBot.Indicators;

namespace PerfBot.Questions;

/// <summary>One line of a development set: the question, and what a right answer holds, written by reading the data.</summary>
/// <param name="Codes">The indicator (or, for a list, every indicator) a right answer names; empty when the store holds nothing for it.</param>
/// <param name="Period">The period label a right answer gives, where the question asks for one.</param>
public sealed record DevSetQuestion(int Line, string Question, string Intent, IReadOnlyList<string> Codes, string? Period)
{
    /// <summary>Reads a tab-separated file: question, intent, codes (comma-separated), period. Lines starting with # are comments.</summary>
    public static IReadOnlyList<DevSetQuestion> Read(string path)
    {
        var questions = new List<DevSetQuestion>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < 2) throw new FormatException($"{path}:{number}: expected question<TAB>intent<TAB>codes<TAB>period.");
            var codes = cells.Length > 2 ? cells[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            var period = cells.Length > 3 && cells[3].Trim().Length > 0 ? cells[3].Trim() : null;
            questions.Add(new DevSetQuestion(number, cells[0], cells[1].Trim(), codes, period));
        }
        return questions;
    }

    public bool IsList => Intent == "list";
}

/// <summary>What a method returned for a question: its intent (null when it has none), indicators in order, and the period of the first.</summary>
public sealed record Prediction(string? Intent, IReadOnlyList<string> Codes, string? Period)
{
    public static Prediction From(Answer answer) =>
        new(answer.IntentName, answer.Indicators.Select(i => i.Code).ToList(), answer.Indicators.FirstOrDefault()?.Period);
}

public sealed record Outcome(DevSetQuestion Expected, Prediction Predicted, bool IntentRight, bool IndicatorRight, bool PeriodRight)
{
    public bool Right => IntentRight && IndicatorRight && PeriodRight;

    public override string ToString() =>
        $"line {Expected.Line}: \"{Expected.Question}\" expected {Expected.Intent} [{string.Join(",", Expected.Codes)}] {Expected.Period}; " +
        $"got {Predicted.Intent} [{string.Join(",", Predicted.Codes.Take(4))}{(Predicted.Codes.Count > 4 ? ",…" : "")}] {Predicted.Period}";
}

/// <summary>How often a method answered a development set right: intent, indicator(s) and period all as expected.</summary>
public sealed record AccuracyReport(string Method, IReadOnlyList<Outcome> Outcomes)
{
    public int Total => Outcomes.Count;
    public int Right => Outcomes.Count(o => o.Right);
    public double Top1 => Total == 0 ? 0 : (double)Right / Total;
    public double IndicatorTop1 => Total == 0 ? 0 : (double)Outcomes.Count(o => o.IndicatorRight) / Total;
    public double IntentAccuracy => Total == 0 ? 0 : (double)Outcomes.Count(o => o.IntentRight) / Total;

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{Method}: top-1 {Top1:P1} ({Right}/{Total}); indicator {IndicatorTop1:P1}; intent {IntentAccuracy:P1}");

    public string Failures()
    {
        var text = new StringBuilder();
        foreach (var outcome in Outcomes.Where(o => !o.Right)) text.AppendLine("  " + outcome);
        return text.ToString();
    }
}

public static class Accuracy
{
    /// <summary>
    /// Scores a method on a set. The indicator is right when: nothing expected and nothing named; a list naming exactly the
    /// expected set; otherwise the first indicator named is the expected one. A method without intents (the FTS5 baseline)
    /// is scored on indicators alone.
    /// </summary>
    public static AccuracyReport Measure(string method, IEnumerable<DevSetQuestion> questions, Func<string, Prediction> predict)
    {
        var outcomes = new List<Outcome>();
        foreach (var q in questions)
        {
            var p = predict(q.Question);
            var intentRight = p.Intent is null || string.Equals(p.Intent, q.Intent, StringComparison.OrdinalIgnoreCase);
            var indicatorRight = q.Codes.Count == 0 ? p.Codes.Count == 0
                : q.IsList && p.Intent is not null ? p.Codes.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(q.Codes)
                : p.Codes.Count > 0 && string.Equals(p.Codes[0], q.Codes[0], StringComparison.OrdinalIgnoreCase);
            var periodRight = q.Period is null || p.Intent is null || string.Equals(p.Period, q.Period, StringComparison.OrdinalIgnoreCase);
            outcomes.Add(new Outcome(q, p, intentRight, indicatorRight, periodRight));
        }
        return new AccuracyReport(method, outcomes);
    }

    /// <summary>PerfBot's understanding and answers, as the ask verb gives them.</summary>
    public static AccuracyReport Measure(QuestionService service, IEnumerable<DevSetQuestion> questions) =>
        Measure("PerfBot", questions, q => Prediction.From(service.Ask(q)));

    /// <summary>
    /// The plain baseline on the questions it can be compared on (about one indicator, or about nothing held): SQLite FTS5
    /// with the porter tokenizer over indicator names, every word of the question OR-ed, the best bm25 match taken.
    /// </summary>
    public static AccuracyReport MeasureBaseline(IReadOnlyList<Indicator> indicators, IEnumerable<DevSetQuestion> questions)
    {
        using var baseline = new Fts5Baseline(indicators);
        return Measure("FTS5 bm25 baseline", questions.Where(q => !q.IsList), q => new Prediction(null, baseline.Find(q) is { } code ? [code] : [], null));
    }
}

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
