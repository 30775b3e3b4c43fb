using System.Reflection;
using PerfBot.Store.Import;

namespace PerfBot.Store;

/// <summary>
/// The demo store: Dorset Council's published People and Health scrutiny reports, transcribed in data/demo and shipped
/// inside the executable. Loaded through the same importers a council uses for its own files.
/// </summary>
public static class DemoData
{
    public static readonly IReadOnlyList<string> MeasureFiles = ["measures-2020-10.csv", "measures-2025-q2.csv"];

    public static string Load(Database database)
    {
        var folder = Directory.CreateTempSubdirectory("perfbot-demo-");
        try
        {
            foreach (var name in Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(n => n.StartsWith("demo/", StringComparison.Ordinal)))
            {
                using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
                using var file = File.Create(Path.Combine(folder.FullName, name["demo/".Length..]));
                resource.CopyTo(file);
            }
            return LoadFolder(database, folder.FullName);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Committees first (indicators name them), then the catalogue, the measures, vocabulary, topics and risks.</summary>
    public static string LoadFolder(Database database, string folder)
    {
        var committees = CommitteeFile.ImportCommittees(database, Path.Combine(folder, "committees.json"));
        var catalogue = CatalogueImporter.Import(database, Path.Combine(folder, "indicators.csv"));
        var measures = MeasureFiles.Select(f => MeasureImporter.Import(database, Path.Combine(folder, f))).ToList();
        var vocabulary = VocabularyImporter.Import(database, Path.Combine(folder, "vocabulary.csv"));
        var topics = TopicImporter.Import(database, Path.Combine(folder, "topics.csv"));
        var risks = CommitteeFile.ImportRisks(database, Path.Combine(folder, "risks.json"));
        return $"{committees} committee(s), {catalogue.Rows} indicators, {measures.Sum(m => m.MeasurementsAdded)} measurements, {vocabulary.Rows} vocabulary terms, {topics.Rows} topics, {risks} strategic risk(s)";
    }
}
