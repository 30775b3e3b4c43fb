using PerfBot.Tests.Support;
using System.Diagnostics;
using System.Text.RegularExpressions;
using PerfBot.Briefings;

namespace PerfBot.Tests.Briefings;

/// <summary>
/// The .docx is checked the way a chair would see it: rendered by LibreOffice (headless) to PDF, the pages rasterised
/// by pdftoppm, and the red list's text found in the rendering. .ci/prepare.d/40-libreoffice.sh installs the tools.
/// </summary>
public sealed partial class BriefDocumentRenderingTests : IDisposable
{
    private readonly DemoStore store = new();
    private readonly string folder = Directory.CreateTempSubdirectory("perfbot-docx-").FullName;

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_rendered_document_shows_every_red_and_amber_worsening_measure_and_risk_200()
    {
        var brief = store.BriefFor(new DateOnly(2026, 1, 21));
        var docx = Path.Combine(folder, "brief.docx");
        await File.WriteAllBytesAsync(docx, BriefDocument.Write(brief));

        // A profile of its own, so parallel or leftover LibreOffice processes cannot lock this conversion out.
        var profile = new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri;
        await Run("soffice", $"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", folder, docx);
        var pdf = Path.Combine(folder, "brief.pdf");
        Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");

        await Run("pdftoppm", "-r", "40", "-png", pdf, Path.Combine(folder, "page"));
        var pages = Directory.GetFiles(folder, "page-*.png");
        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.True(new FileInfo(p).Length > 1000, $"{p} is empty"));

        var text = await Run("pdftotext", pdf, "-");
        // Reading order (not -layout, which interleaves the columns of a row). Where a line breaks depends on the
        // machine's fonts, and pdftotext joins a word hyphenated at a line end, so compare without whitespace or dashes.
        var squeezed = Comparable(text);
        foreach (var name in PeopleAndHealthJanuary2026BriefTests.AppendixOneRed.Concat(PeopleAndHealthJanuary2026BriefTests.AppendixTwoAmberWorsening))
            Assert.Contains(Comparable(name), squeezed, StringComparison.Ordinal);
        Assert.Contains(Comparable("Appendix 1. Summary of performance exceptions (red RAG-rated measures)"), squeezed, StringComparison.Ordinal);
        Assert.Contains("RiskID200", squeezed, StringComparison.Ordinal);
        Assert.Contains("44.71%", squeezed, StringComparison.Ordinal);
        // The narrative is in full in the document, up to its last words.
        Assert.Contains("wewillbackfillthemissingdatatoensurecontinuityandaccuracyinperformancemonitoring.", squeezed, StringComparison.Ordinal);
    }

    internal static async Task<string> Run(string program, params string[] arguments)
    {
        var run = await ChildProcess.RunAsync(program, arguments, timeout: TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, $"{program} exited {run.ExitCode}: {run.Error}");
        return run.Output;
    }

    /// <summary>Text as line breaking cannot change it: no whitespace, no hyphens or dashes (soft hyphens included).</summary>
    internal static string Comparable(string text) => WhitespaceAndDashes().Replace(text, "");

    [GeneratedRegex(@"[\s\-\u00AD\u2010-\u2015]+")]
    private static partial Regex WhitespaceAndDashes();
}
