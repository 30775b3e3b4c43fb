using PerfBot.Council;
using System.Globalization;
using System.Text;
using PerfBot.Questions;
using PerfBot.Questions.Measuring;
using PerfBot.Store;
using PerfBot.Store.Import;
using Xunit.Abstractions;

namespace PerfBot.Tests.Questions;

/// <summary>
/// A second council's catalogue that the understanding has never seen — place services: planning, waste, revenues,
/// highways, leisure, corporate, climate, housing management — imported from a measures file alone (no aliases) plus a
/// five-line vocabulary. The same code must answer questions about it: everything indicator-specific comes from the store.
/// </summary>
public sealed class SyntheticStore : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("perfbot-synthetic-").FullName;
    public Database Database { get; }
    public QuestionService Service { get; }

    // code, name, service area, unit, polarity, first value, latest value, target, RAG, direction
    public static readonly (string Code, string Name, string Area, string Unit, string Polarity, double First, double Latest, double? Target, string? Rag, string? Direction)[] Indicators =
    [
        ("planning-major", "Percentage of major planning applications determined within 13 weeks", "Planning", "%", "higher", 88, 78, 90, "Red", "Worsening"),
        ("planning-minor", "Percentage of minor planning applications determined within 8 weeks", "Planning", "%", "higher", 80, 85, 85, "Green", "Improving"),
        ("recycling", "Percentage of household waste sent for reuse, recycling and composting", "Waste & Environment", "%", "higher", 55.5, 58.2, 60, "Amber", "Improving"),
        ("residual-waste", "Residual household waste per household (kg)", "Waste & Environment", "kg", "lower", 101, 101, 95, "Amber", "Same"),
        ("missed-bins", "Missed bin collections per 100,000 collections", "Waste & Environment", "per 100,000", "lower", 45, 62, 40, "Red", "Worsening"),
        ("fly-tipping", "Number of fly-tipping incidents reported", "Waste & Environment", "number", "lower", 1100, 1240, null, null, "Worsening"),
        ("council-tax", "Council tax collection rate (%)", "Revenues & Benefits", "%", "higher", 55.1, 55.1, 56, "Amber", "Same"),
        ("nndr", "Business rates (NNDR) collection rate (%)", "Revenues & Benefits", "%", "higher", 55, 57.3, 56, "Green", "Improving"),
        ("hb-claims", "Average days to process new Housing Benefit claims", "Revenues & Benefits", "days", "lower", 17, 21, 18, "Red", "Worsening"),
        ("potholes", "Percentage of category 1 potholes repaired within 24 hours", "Highways", "%", "higher", 85, 91, 98, "Amber", "Improving"),
        ("street-lights", "Percentage of street lights in working order", "Highways", "%", "higher", 98.4, 97.5, 98, "Amber", "Worsening"),
        ("leisure-visits", "Number of visits to council leisure centres", "Leisure & Culture", "number", "higher", 380000, 410000, 400000, "Green", "Improving"),
        ("library-visits", "Library visits per 1,000 population", "Leisure & Culture", "per 1,000", "higher", 820, 820, 900, "Amber", "Same"),
        ("foi-20-days", "Percentage of Freedom of Information requests answered within 20 working days", "Corporate", "%", "higher", 78, 84, 90, "Amber", "Improving"),
        ("complaints", "Number of stage 1 complaints received", "Corporate", "number", "none", 290, 312, null, null, null),
        ("invoices-30-days", "Percentage of undisputed invoices paid within 30 days", "Corporate", "%", "higher", 96, 96, 95, "Green", "Same"),
        ("carbon", "Carbon emissions from council buildings and fleet (tonnes CO2e)", "Climate", "tonnes", "lower", 6400, 5900, 6000, "Green", "Improving"),
        ("ev-charge-points", "Number of public electric vehicle charging points installed", "Climate", "number", "higher", 250, 240, 300, "Red", "Worsening"),
        ("relet-days", "Average number of days to re-let empty council homes", "Housing Management", "days", "lower", 30, 34, 28, "Red", "Worsening"),
        ("rent-collected", "Percentage of rent collected from council tenants", "Housing Management", "%", "higher", 98.9, 98.9, 99, "Amber", "Same"),
    ];

    public SyntheticStore()
    {
        Database = new Database(Path.Combine(Folder, "synthetic.db"));
        using (var connection = Database.Open()) Migrator.Apply(connection);
        var quarters = new[] { "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25", "Q1 2025/26", "Q2 2025/26" };
        var csv = new StringBuilder("code,indicator,service_area,unit,frequency,polarity,period,value,target,rag,direction,commentary,actions,benchmark_england,source\n");
        foreach (var i in Indicators)
            for (var q = 0; q < quarters.Length; q++)
            {
                var value = Math.Round(i.First + (i.Latest - i.First) * q / (quarters.Length - 1), 1);
                var latest = q == quarters.Length - 1;
                var commentary = latest && i.Rag == "Red" ? $"\"Performance on {i.Name.ToLowerInvariant()} fell short of target this quarter.\"" : "";
                var actions = latest && i.Rag is "Red" or "Amber" ? "\"A recovery plan is in place and is reviewed monthly.\"" : "";
                var england = i.Code is "recycling" or "planning-major" ? (i.Code == "recycling" ? "41.7" : "86") : "";
                csv.Append(CultureInfo.InvariantCulture, $"{i.Code},\"{i.Name}\",{i.Area},\"{i.Unit}\",quarterly,{i.Polarity},{quarters[q]},{value},{i.Target},{(latest ? i.Rag : "")},{(latest ? i.Direction : "")},{commentary},{actions},{(latest ? england : "")},Synthetic Borough Council Q2 2025/26 performance report\n");
            }
        MeasuresCsv = csv.ToString();
        Import(Database, Folder, "term,means,note\n");
        Service = new QuestionService(Database, new CouncilClock(new FakeTimeProvider(DemoStore.Today)));
    }

    public string MeasuresCsv { get; }

    public const string VocabularyLines = "FOI,freedom of information,\nNNDR,business rates,\nEV,electric vehicle,\nHB,housing benefit,\nfly tipping,fly-tipping,\n";

    /// <summary>Imports this catalogue's measures into a store, with its vocabulary added to <paramref name="vocabularyCsv"/>.</summary>
    public void Import(Database database, string folder, string vocabularyCsv)
    {
        var measures = Path.Combine(folder, "synthetic-measures.csv");
        File.WriteAllText(measures, MeasuresCsv);
        MeasureImporter.Import(database, measures);
        var vocabulary = Path.Combine(folder, "synthetic-vocabulary.csv");
        File.WriteAllText(vocabulary, vocabularyCsv.TrimEnd('\n') + "\n" + VocabularyLines);
        VocabularyImporter.Import(database, vocabulary);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}

public class GeneralisationTests(SyntheticStore store, ITestOutputHelper output) : IClassFixture<SyntheticStore>
{
    // Written from the catalogue above before running: question, intent, codes, period.
    private const string Questions = """
        how's recycling doing	status	recycling	
        recycling rate Q1 2025/26	status	recycling	Q1 2025/26
        major planning apps in 13 weeks	status	planning-major	
        minor planning applications	status	planning-minor	
        residual waste per household	status	residual-waste	
        missed bins	status	missed-bins	
        fly tipping	status	fly-tipping	
        flytipping incidents last quarter	status	fly-tipping	Q2 2025/26
        council tax collection	status	council-tax	
        counci tax colection rate	status	council-tax	
        NNDR	status	nndr	
        business rates collected	status	nndr	
        housing benefit processing times	status	hb-claims	
        HB new claims	status	hb-claims	
        potholes	status	potholes	
        cat 1 potholes fixed in 24 hours	status	potholes	
        street lights	status	street-lights	
        streetlights working	status	street-lights	
        leisure centre visits	status	leisure-visits	
        library visits	status	library-visits	
        FOI	status	foi-20-days	
        freedom of info requests	status	foi-20-days	
        complaints	status	complaints	
        invoices paid on time	status	invoices-30-days	
        carbon emissions	status	carbon	
        EV charging points	status	ev-charge-points	
        electric car chargers	status	ev-charge-points	
        relet times for council homes	status	relet-days	
        rent collection	status	rent-collected	
        recycling trend	trend	recycling	
        council tax collection over time	trend	council-tax	
        why is missed bins red	why	missed-bins	
        why are EV charging points red	why	ev-charge-points	
        what are we doing about potholes	actions	potholes	
        whats the recycling target	target	recycling	
        FOI target	target	foi-20-days	
        recycling vs england	compare	recycling	
        how do major planning applications compare nationally	compare	planning-major	
        who is responsible for street lights	owner	street-lights	
        whats red	list	planning-major,missed-bins,hb-claims,ev-charge-points,relet-days	
        what's red in waste	list	missed-bins	
        amber in revenues and benefits	list	council-tax	
        green in corporate	list	invoices-30-days	
        whats improving in highways	list	potholes	
        which are getting worse	list	planning-major,missed-bins,fly-tipping,hb-claims,street-lights,ev-charge-points,relet-days	
        children in care rate	unknown		
        foster carers	unknown		
        EHCP timeliness	unknown		
        parking fines	unknown		
        how many trees planted	unknown		
        help	help		
        """;

    private static List<SetQuestion> Set() => Questions.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select((line, n) =>
        {
            var cells = line.Trim('\r').TrimStart().Split('\t');
            return new SetQuestion(n + 1, cells[0], cells[1], cells[2].Split(',', StringSplitOptions.RemoveEmptyEntries), cells.Length > 3 && cells[3].Length > 0 ? cells[3] : null);
        }).ToList();

    [Fact]
    public void Questions_about_a_catalogue_never_seen_are_understood_from_its_data_alone()
    {
        var set = Set();
        var ours = Accuracy.Measure(store.Service, set);
        var baseline = Accuracy.MeasureBaseline(store.Service.Index.Catalogue.Indicators, set);
        var comparable = Accuracy.Measure(store.Service, set.Where(q => !q.IsList));
        output.WriteLine(ours.Summary());
        output.WriteLine($"Not lists: PerfBot indicator top-1 {comparable.IndicatorTop1:P1}; FTS5 bm25 baseline {baseline.IndicatorTop1:P1}");
        output.WriteLine(ours.Failures());
        Assert.True(ours.Top1 >= 0.9, ours.Summary() + Environment.NewLine + ours.Failures());
    }

    /// <summary>The held-out case: a report never seen imported into the demo store, and both catalogues asked about together.</summary>
    [Fact]
    public void A_new_report_imported_beside_the_demo_data_is_understood_without_disturbing_it()
    {
        var folder = Directory.CreateTempSubdirectory("perfbot-mixed-").FullName;
        try
        {
            var database = StoreOpener.Open(Path.Combine(folder, "mixed.db"));
            store.Import(database, folder, File.ReadAllText(Path.Combine(TestPaths.DemoData, "vocabulary.csv")));
            var service = new QuestionService(database, new CouncilClock(new FakeTimeProvider(DemoStore.Today)));
            // Lists and "not held" expectations belong to one catalogue; questions about one indicator hold in both.
            var synthetic = Set().Where(q => q.Intent != "list" && q.Codes.Count > 0).ToList();
            var demo = SetQuestion.Read(Path.Combine(TestPaths.RepoRoot, "tests", "PerfBot.Tests", "Questions", "devset.tsv"))
                .Where(q => q.Intent != "list" && q.Codes.Count > 0).ToList();
            var onSynthetic = Accuracy.Measure(service, synthetic);
            var onDemo = Accuracy.Measure(service, demo);
            output.WriteLine("Mixed store, new report's questions: " + onSynthetic.Summary());
            output.WriteLine("Mixed store, demo questions: " + onDemo.Summary());
            output.WriteLine(onSynthetic.Failures() + onDemo.Failures());
            Assert.True(onSynthetic.Top1 >= 0.9, onSynthetic.Failures());
            Assert.True(onDemo.Top1 >= 0.97, onDemo.Failures());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
