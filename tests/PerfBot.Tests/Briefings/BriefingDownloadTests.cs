using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PerfBot.Briefings;
using PerfBot.Links;
using PerfBot.Store;

namespace PerfBot.Tests.Briefings;

/// <summary>The signed .docx link, served by a real Kestrel on loopback through MapBriefingDownloads.</summary>
public sealed class BriefingDownloadTests : IAsyncLifetime
{
    private const string Chair = "11111111-2222-3333-4444-555555555555";
    private const string SomeoneElse = "99999999-2222-3333-4444-555555555555";
    private readonly DemoStore store = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 14, 7, 0, 0, TimeSpan.Zero));
    private readonly RecordingDelivery delivery = new();
    private WebApplication app = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["PublicBaseUrl"] = "https://perfbot.example.gov.uk";
        builder.Services.AddBriefingsOver(store.Database, clock, delivery);
        app = builder.Build();
        app.MapBriefingDownloads();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        http = new HttpClient { BaseAddress = new Uri(address) };
        new CommitteeBriefingSettingsStore(store.Database).Save(new CommitteeBriefingSettings(store.PeopleAndHealth.Id, ChairAadObjectId: Chair, TenantId: "tenant"));
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        store.Dispose();
    }

    /// <summary>The link the chair was sent, re-pointed from the public address to the loopback host.</summary>
    private async Task<string> ChairsLink()
    {
        var outcomes = await app.Services.GetRequiredService<BriefDispatcher>().SendDueAsync(CancellationToken.None);
        Assert.Single(outcomes);
        var (to, message) = Assert.Single(delivery.Sent);
        Assert.Equal(Chair, to);
        var link = RecordingDelivery.BriefOf(app.Services, message).Link!;
        Assert.Equal("perfbot.example.gov.uk", link.Host);
        return link.PathAndQuery;
    }

    [Fact]
    public async Task The_chairs_link_downloads_the_brief_as_a_word_document()
    {
        var response = await http.GetAsync(await ChairsLink());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BriefingDownloads.ContentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks", text, StringComparison.Ordinal);
        Assert.Contains("As a result of health service reform", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sig")]
    [InlineData("for")]
    [InlineData("expires")]
    public async Task A_tampered_link_is_refused(string part)
    {
        var link = await ChairsLink();
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link).Query);
        var path = link[..link.IndexOf('?', StringComparison.Ordinal)];
        string sig = query["sig"]!, recipient = query["for"]!, expires = query["expires"]!;
        switch (part)
        {
            case "sig": sig = (sig[0] == 'A' ? "B" : "A") + sig[1..]; break;
            case "for": recipient = SomeoneElse; break;
            case "expires": expires = (long.Parse(expires, System.Globalization.CultureInfo.InvariantCulture) + 86400).ToString(System.Globalization.CultureInfo.InvariantCulture); break;
        }
        var response = await http.GetAsync($"{path}?for={recipient}&expires={expires}&sig={sig}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotEqual(BriefingDownloads.ContentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_expired_link_is_refused()
    {
        var link = await ChairsLink();
        clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));

        var response = await http.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validly_signed_link_for_someone_the_brief_was_not_sent_to_is_refused()
    {
        await ChairsLink();
        var briefId = delivery.Sent.Single().Message.SubjectId!;
        var signer = app.Services.GetRequiredService<BriefLinkSigner>();
        var forged = signer.Create(new Uri("https://perfbot.example.gov.uk"), briefId, SomeoneElse, clock.GetUtcNow().AddDays(1));

        var response = await http.GetAsync(forged.PathAndQuery);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_key_one_is_generated_once_and_kept_in_the_store()
    {
        var first = LinkKey.Resolve(null, store.Database, clock);
        var second = LinkKey.Resolve(null, store.Database, clock);
        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
        await Task.CompletedTask;
    }
}
