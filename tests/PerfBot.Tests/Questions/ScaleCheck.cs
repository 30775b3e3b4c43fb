using System.Diagnostics;
using Dapper;
using PerfBot.Indicators;
using PerfBot.Questions;
using PerfBot.Store;
using Xunit.Abstractions;

namespace PerfBot.Tests.Questions;

/// <summary>
/// Answer times at 10,000 indicators × 120 monthly periods. Not a timed test (the benchmark command measures speed); it
/// runs only when PERFBOT_SCALE=1 and prints the percentiles.
/// </summary>
public class ScaleCheck(ITestOutputHelper output)
{
    private static readonly string[] Subjects = ["children", "adults", "households", "carers", "pupils", "tenants", "claims", "applications", "visits", "complaints",
        "assessments", "reviews", "referrals", "placements", "plans", "permits", "licences", "inspections", "repairs", "collections", "enquiries", "cases",
        "appeals", "requests", "invoices", "grants", "bookings", "reports", "incidents", "journeys"];
    private static readonly string[] Qualifiers = ["new", "open", "overdue", "closed", "urgent", "complex", "repeat", "statutory", "emergency", "planned",
        "eligible", "funded", "approved", "refused", "completed", "outstanding", "vulnerable", "young", "older", "local"];
    private static readonly string[] Outcomes = ["within 10 days", "within 20 days", "within 8 weeks", "within 13 weeks", "on time", "per 10,000", "per 1,000 population",
        "in the month", "year to date", "by the deadline", "at first contact", "after review", "in the quarter", "per FTE", "at month end"];
    private static readonly string[] Places = ["north", "south", "east", "west", "central", "coastal", "rural", "urban", "borough", "county", "district",
        "market towns", "city centre", "harbour", "villages", "estates", "schools", "hospitals", "libraries", "depots"];

    [Fact]
    public void Answer_times_at_ten_thousand_indicators_by_120_periods()
    {
        if (Environment.GetEnvironmentVariable("PERFBOT_SCALE") != "1") return;
        var folder = Directory.CreateTempSubdirectory("perfbot-scale-");
        var database = new Database(Path.Combine(folder.FullName, "scale.db"));
        var random = new Random(42);
        var names = new List<string>();
        var clock = Stopwatch.StartNew();
        using (var connection = database.Open())
        {
            Migrator.Apply(connection);
            using var transaction = connection.BeginTransaction();
            for (var i = 0; i < 10_000; i++)
            {
                string name;
                do name = $"Percentage of {Qualifiers[random.Next(Qualifiers.Length)]} {Subjects[random.Next(Subjects.Length)]} {Outcomes[random.Next(Outcomes.Length)]} ({Places[random.Next(Places.Length)]} {i % 7})";
                while (names.Contains(name));
                names.Add(name);
                connection.Execute("INSERT INTO indicators (id, code, name, name_key, service_area, unit, frequency, polarity) VALUES (@id, @code, @name, @key, @area, '%', 'monthly', 'higher')",
                    new { id = i + 1, code = $"ind-{i}", name, key = Names.Key(name), area = $"Area {i % 40}" }, transaction);
            }
            var start = new DateOnly(2015, 4, 1);
            for (var i = 0; i < 10_000; i++)
            {
                var rows = Enumerable.Range(0, 120).Select(m =>
                {
                    var month = Period.Month(start.AddMonths(m).Year, start.AddMonths(m).Month);
                    return new
                    {
                        id = i + 1, period = month.Label, s = month.Start.ToString("yyyy-MM-dd"), e = month.End.ToString("yyyy-MM-dd"),
                        value = Math.Round(random.NextDouble() * 100, 2), target = 80.0, rag = m == 119 ? (random.Next(3) switch { 0 => "Red", 1 => "Amber", _ => "Green" }) : null,
                        commentary = m == 119 ? "Commentary for the month." : null,
                    };
                });
                connection.Execute("INSERT INTO measurements (indicator_id, period, period_start, period_end, value, target, reported_rag, commentary, source) VALUES (@id, @period, @s, @e, @value, @target, @rag, @commentary, 'scale test')", rows, transaction);
            }
            transaction.Commit();
        }
        output.WriteLine($"store built in {clock.Elapsed.TotalSeconds:0.0} s");
        clock.Restart();
        var service = new QuestionService(database, new FixedTime(DemoStore.Today));
        output.WriteLine($"snapshot built in {clock.Elapsed.TotalSeconds:0.0} s");

        var questions = new List<string>();
        for (var i = 0; i < 2_000; i++)
        {
            var name = names[random.Next(names.Count)];
            var words = name.Split(' ').Skip(2).ToList();
            var q = (i % 5) switch
            {
                0 => "how are " + string.Join(' ', words),
                1 => "why is " + string.Join(' ', words.Take(4)) + " red",
                2 => string.Join(' ', words) + " oct 2020",
                3 => "whats red in area " + (i % 40),
                _ => string.Join(' ', words).Replace("e", "", StringComparison.Ordinal),
            };
            questions.Add(q);
        }
        foreach (var q in questions.Take(200)) service.Ask(q);
        var times = new List<double>();
        var kinds = new Dictionary<string, int>();
        foreach (var q in questions)
        {
            var t = Stopwatch.GetTimestamp();
            var answer = service.Ask(q);
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            kinds[answer.IntentName] = kinds.GetValueOrDefault(answer.IntentName) + 1;
        }
        var understanding = new List<double>();
        foreach (var q in questions)
        {
            var t = Stopwatch.GetTimestamp();
            service.Understand(q);
            understanding.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        understanding.Sort();
        output.WriteLine($"understanding only: p50 {understanding[understanding.Count / 2]:0.00} ms, p99 {understanding[(int)(understanding.Count * 0.99)]:0.00} ms");
        times.Sort();
        output.WriteLine($"p50 {times[times.Count / 2]:0.00} ms, p99 {times[(int)(times.Count * 0.99)]:0.00} ms, max {times[^1]:0.00} ms; {string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}"))}");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }
}
