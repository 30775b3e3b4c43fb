using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace PerfBot.TeamsApp;

/// <summary>Builds the zip Teams accepts as a custom app: manifest.json and its two icons at the root.</summary>
public static class AppPackage
{
    public const string ManifestEntry = "manifest.json";
    public static readonly IReadOnlyList<string> IconEntries = ["color.png", "outline.png"];

    // The template and icons are embedded so `perfbot package` works from a published executable alone.
    private const string ResourcePrefix = "teams-app/";

    public static void Write(AppPackageSettings settings, Stream output)
    {
        var manifest = ManifestTemplate.Fill(ReadTemplate(), settings);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using (var writer = new StreamWriter(zip.CreateEntry(ManifestEntry).Open(), new UTF8Encoding(false)))
            writer.Write(manifest);
        foreach (var icon in IconEntries)
        {
            using var source = OpenResource(icon);
            using var target = zip.CreateEntry(icon).Open();
            source.CopyTo(target);
        }
    }

    public static void WriteFile(AppPackageSettings settings, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        using var file = File.Create(path);
        Write(settings, file);
    }

    public static string ReadTemplate()
    {
        using var reader = new StreamReader(OpenResource(ManifestEntry));
        return reader.ReadToEnd();
    }

    private static Stream OpenResource(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name)
        ?? throw new InvalidOperationException($"The Teams app file {name} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
}
