using Dapper;
using PerfBot.Briefings;
using PerfBot.Tests.Cards;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Briefings;

/// <summary>
/// Whatever text reached the store — every Unicode general category, control characters, Markdown — a brief still
/// comes out in all three forms: the card (valid, and its data rendered as plain text), the plain text, and a Word
/// document LibreOffice opens and renders with the text in it.
/// </summary>
public sealed class HostileTextOutputTests : IDisposable
{
    private readonly DemoStore store = new();
    private readonly string folder = Directory.CreateTempSubdirectory("perfbot-hostile-").FullName;

    public HostileTextOutputTests()
    {
        // Straight into the store, past the import's cleaning: the outputs must hold up on their own.
        using var connection = store.Database.Open();
        connection.Execute("UPDATE measurements SET commentary = @text, actions = @text", new { text = HostileText.Text });
        connection.Execute("UPDATE strategic_risks SET description = @text", new { text = HostileText.Text });
    }

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private Brief Brief() => store.BriefFor(new DateOnly(2026, 1, 21));

    [Fact]
    public async Task The_card_is_valid_and_shows_the_text_as_typed()
    {
        var card = BriefCard.Card(new BriefMessage("brief-id", Brief(), null));

        Assert.Empty((await AdaptiveCardsLibrary.ProblemsAsync([card]))[0]);
        var html = string.Concat((await AdaptiveCardsLibrary.RenderTextAsync([card]))[0].Select(t => t.Html));
        Assert.DoesNotContain("<a ", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<code>", html);
        Assert.Contains("[click here](https://evil.example/steal)", System.Net.WebUtility.HtmlDecode(html));
    }

    [Fact]
    public void The_plain_text_carries_the_text_as_stored()
    {
        var text = BriefText.Write(Brief());
        Assert.Contains(HostileText.Link, text);
        Assert.Contains("{{DATE(2017-02-14T06:08:39Z, SHORT)}}", text);
    }

    [Fact]
    public async Task The_word_document_opens_and_renders_with_the_text_in_it()
    {
        var docx = Path.Combine(folder, "brief.docx");
        await File.WriteAllBytesAsync(docx, BriefDocument.Write(Brief()));

        var profile = new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri;
        await BriefDocumentRenderingTests.Run("soffice", $"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", folder, docx);
        var pdf = Path.Combine(folder, "brief.pdf");
        Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");

        var text = BriefDocumentRenderingTests.Comparable(await BriefDocumentRenderingTests.Run("pdftotext", pdf, "-"));
        Assert.Contains(BriefDocumentRenderingTests.Comparable(HostileText.Link), text, StringComparison.Ordinal);
        Assert.Contains(BriefDocumentRenderingTests.Comparable("**bold** and __bold__"), text, StringComparison.Ordinal);
    }
}
