using System.Globalization;
using System.Text;
using PerfBot.Indicators;

namespace PerfBot.Bench;

/// <summary>
/// A seeded, deterministic, clearly synthetic council: N indicators × P monthly periods over service areas and
/// committees, named from real council vocabulary. For benchmarks only — never mixed into the demo store.
/// </summary>
public sealed class SyntheticCouncil(int indicators, int periods, int committees = 50, int seed = 20261123)
{
    public const string Marker = "SYNTHETIC";

    public sealed record Spec(string Code, string Name, string ServiceArea, string Committee, string Unit, Polarity Polarity, double Target);

    private static readonly (string Area, string[] Subjects)[] Areas =
    [
        ("Children's Services", ["children in care", "care leavers in education", "children on a child protection plan", "children in need", "EHCP assessments",
            "foster carers", "young people not in education employment or training", "permanent exclusions", "SEND tribunals", "early help episodes",
            "adoptions", "missing from home episodes", "section 47 enquiries", "initial child protection conferences"]),
        ("Adults & Housing", ["adult social care reviews", "safeguarding concerns", "Care Act assessments", "hospital discharges", "households in temporary accommodation",
            "homelessness approaches", "disabled facilities grants", "reablement packages", "direct payments", "carers assessments", "households in bed and breakfast"]),
        ("Public Health and Prevention", ["smoking quitters", "NHS health checks", "drug treatment completions", "breastfeeding at 6 to 8 weeks",
            "childhood immunisations", "deaths registered", "physically active adults"]),
        ("Place and Environment", ["planning applications", "household waste recycled", "missed bin collections", "fly-tipping incidents", "potholes repaired",
            "street lights repaired", "library visits", "leisure centre visits", "bus punctuality checks"]),
        ("Corporate Resources", ["council tax collected", "business rates collected", "freedom of information requests", "complaints resolved", "invoices paid",
            "staff sickness days", "staff turnover", "calls answered"]),
    ];

    private static readonly string[] Measures = ["Percentage of {0} completed on time", "Number of {0}", "Rate of {0} per 10,000", "Average days to complete {0}"];

    private static readonly string[] Localities =
    [
        "Chesil", "Dorchester", "North", "East", "Purbeck", "Weymouth", "Bridport", "Sherborne", "Gillingham", "Shaftesbury", "Blandford", "Wimborne",
        "Ferndown", "Verwood", "Swanage", "Wareham", "Lyme Regis", "Beaminster", "Sturminster", "Portland", "Crewkerne", "Stalbridge", "Corfe",
        "Wool", "Puddletown", "Charmouth", "Cerne", "Milborne", "Bere Regis", "Lytchett",
    ];

    private static readonly string[] Cohorts = ["all ages", "under 18s", "18 to 64", "over 65s", "year to date"];

    public IReadOnlyList<string> CommitteeNames { get; } = Enumerable.Range(0, committees)
        .Select(i => i switch
        {
            0 => "People and Health Scrutiny Committee",
            1 => "Place and Resources Scrutiny Committee",
            _ => $"{Localities[i % Localities.Length]} Area Committee {i / Localities.Length + 1}",
        }).ToList();

    public Period LatestPeriod { get; } = Period.Parse("Sep-25");

    public IReadOnlyList<Spec> Indicators() => _specs ??= BuildSpecs();
    private IReadOnlyList<Spec>? _specs;

    private List<Spec> BuildSpecs()
    {
        var random = new Random(seed);
        var specs = new List<Spec>(indicators);
        var names = new HashSet<string>();
        for (var i = 0; specs.Count < indicators; i++)
        {
            var (area, subjects) = Areas[random.Next(Areas.Length)];
            var measure = random.Next(Measures.Length);
            var name = $"{string.Format(CultureInfo.InvariantCulture, Measures[measure], subjects[random.Next(subjects.Length)])} ({Localities[random.Next(Localities.Length)]}, {Cohorts[random.Next(Cohorts.Length)]})";
            if (!names.Add(name)) name = $"{name} series {i}";
            if (!names.Add(name) && specs.Count > 0) continue;
            var unit = measure switch { 0 => "%", 2 => "per 10,000", _ => "number" };
            var polarity = measure == 0 ? Polarity.HigherIsBetter : Polarity.LowerIsBetter;
            var target = measure == 0 ? 60 + random.Next(35) : 20 + random.Next(400);
            specs.Add(new Spec($"syn-{specs.Count:00000}", name, area, CommitteeNames[specs.Count % CommitteeNames.Count], unit, polarity, target));
        }
        return specs;
    }

    /// <summary>The measures file in PerfBot's import format: every indicator for every period, a random walk around its target.</summary>
    public long WriteMeasuresCsv(string path)
    {
        var random = new Random(seed + 1);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("indicator,service_area,committee,unit,frequency,polarity,period,value,target,source\n");
        var labels = Enumerable.Range(0, periods).Select(p => LatestPeriod.Shift(p - periods + 1).Label).ToArray();
        long rows = 0;
        foreach (var spec in Indicators())
        {
            var value = spec.Target * (0.8 + random.NextDouble() * 0.4);
            var polarity = spec.Polarity == Polarity.HigherIsBetter ? "higher" : "lower";
            foreach (var label in labels)
            {
                value = Math.Max(0, value * (0.95 + random.NextDouble() * 0.1));
                if (spec.Unit == "%") value = Math.Min(100, value);
                // Names hold commas ("per 10,000"): quoted, as Excel writes them.
                writer.Write(Quoted(spec.Name));
                writer.Write(',');
                writer.Write(Quoted(spec.ServiceArea));
                writer.Write(',');
                writer.Write(spec.Committee);
                writer.Write(',');
                writer.Write(Quoted(spec.Unit));
                writer.Write(",monthly,");
                writer.Write(polarity);
                writer.Write(',');
                writer.Write(label);
                writer.Write(',');
                writer.Write(Math.Round(value, 2).ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(spec.Target.ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(Marker);
                writer.Write(" benchmark data\n");
                rows++;
            }
        }
        return rows;
    }

    private static string Quoted(string text) => $"\"{text.Replace("\"", "\"\"")}\"";

    /// <summary>The committees file for the import: committees must exist before measures name them.</summary>
    public void WriteCommitteesJson(string path) =>
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(
            CommitteeNames.Select(n => new { name = n, meetings = new[] { new { date = NextMeeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), source = Marker } }, source = Marker }).ToList()));

    /// <summary>Every committee meets on this day, after the latest period: what the briefing benchmark briefs for.</summary>
    public DateOnly NextMeeting { get; } = new(2025, 11, 20);

    /// <summary>Questions a member might ask about the synthetic indicators, with the indicator meant — for latency runs.</summary>
    /// <param name="set">Which set: a warm-up uses another set than the one timed, so no timed question has been asked before.</param>
    public IReadOnlyList<(string Question, string Code)> Questions(int count, int set = 0)
    {
        var random = new Random(seed + 2 + 7919 * set);
        var specs = Indicators();
        string[] forms = ["how is {0}?", "{0} latest", "what is the target for {0}", "why is {0} red?", "{0} trend", "what's being done about {0}"];
        return Enumerable.Range(0, count).Select(_ =>
        {
            var spec = specs[random.Next(specs.Count)];
            return (string.Format(CultureInfo.InvariantCulture, forms[random.Next(forms.Length)], spec.Name.ToLowerInvariant()), spec.Code);
        }).ToList();
    }
}
