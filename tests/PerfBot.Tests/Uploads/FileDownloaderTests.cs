using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Teams;
using PerfBot.Uploads;

namespace PerfBot.Tests.Uploads;

/// <summary>The limits on fetching a file a user sent: hosts, redirects, size, time, and an XLSX's unzipped size — against a loopback server.</summary>
public sealed class FileDownloaderTests : IAsyncLifetime
{
    private LoopbackFiles _files = null!;
    private readonly string _folder = Directory.CreateTempSubdirectory("perfbot-download-").FullName;

    public async Task InitializeAsync() => _files = await LoopbackFiles.StartAsync();

    public async Task DisposeAsync()
    {
        await _files.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static FileDownloader Downloader(params (string Key, string Value)[] settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());
        services.AddLogging();
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        services.AddUploads();
        return services.BuildServiceProvider().GetRequiredService<FileDownloader>();
    }

    private string Target => Path.Combine(_folder, "file.csv");

    [Fact]
    public async Task A_redirect_on_the_same_host_is_followed_and_the_file_saved()
    {
        _files.Files["q3.csv"] = "indicator,period,value\n"u8.ToArray();
        _files.Intercept = http =>
        {
            if (http.Request.Path != "/moved") return Task.FromResult(false);
            http.Response.Redirect("/download/q3.csv");
            return Task.FromResult(true);
        };

        var bytes = await Downloader().DownloadAsync(_files.BaseUrl + "moved", Target, CancellationToken.None);

        Assert.Equal(23, bytes);
        Assert.Equal("indicator,period,value\n", File.ReadAllText(Target));
        Assert.Equal(["/moved", "/download/q3.csv"], _files.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task A_redirect_to_another_host_is_not_followed()
    {
        _files.Intercept = http =>
        {
            http.Response.Redirect(_files.BaseUrl.Replace("127.0.0.1", "localhost") + "download/q3.csv");
            return Task.FromResult(true);
        };

        var refused = await Assert.ThrowsAsync<DownloadRefusedException>(() => Downloader().DownloadAsync(_files.BaseUrl + "moved", Target, CancellationToken.None));

        Assert.Equal("The file's address redirected to another host (localhost); PerfBot only follows redirects on 127.0.0.1.", refused.Message);
        Assert.Single(_files.Requests);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_by_its_length_or_as_it_streams()
    {
        _files.Files["big.csv"] = new byte[4096];
        _files.Intercept = async http =>
        {
            if (http.Request.Path != "/chunked") return false;
            for (var i = 0; i < 8; i++) { await http.Response.Body.WriteAsync(new byte[1024]); await http.Response.Body.FlushAsync(); }
            return true;
        };
        var downloader = Downloader(("Files:MaxBytes", "2048"));

        var byLength = await Assert.ThrowsAsync<DownloadRefusedException>(() => downloader.DownloadAsync(_files.Url("big.csv"), Target, CancellationToken.None));
        var streamed = await Assert.ThrowsAsync<DownloadRefusedException>(() => downloader.DownloadAsync(_files.BaseUrl + "chunked", Target, CancellationToken.None));

        Assert.Equal("The file is 4 KB, more than the 2 KB PerfBot takes (Files:MaxBytes).", byLength.Message);
        Assert.Equal("The file is larger than the 2 KB PerfBot takes (Files:MaxBytes).", streamed.Message);
    }

    [Fact]
    public async Task A_download_that_takes_too_long_is_abandoned()
    {
        _files.Intercept = async http =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), http.RequestAborted);
            return true;
        };

        var refused = await Assert.ThrowsAsync<DownloadRefusedException>(() =>
            Downloader(("Files:Timeout", "00:00:00.300")).DownloadAsync(_files.Url("slow.csv"), Target, CancellationToken.None));

        Assert.Equal("The download did not finish within 0.3 seconds (Files:Timeout).", refused.Message);
    }

    [Fact]
    public async Task A_workbook_that_unzips_past_the_limit_is_refused()
    {
        using (var stream = new MemoryStream())
        {
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            await using (var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open())
                await entry.WriteAsync(new byte[200_000]);
            _files.Files["bomb.xlsx"] = stream.ToArray();
        }
        Assert.True(_files.Files["bomb.xlsx"].Length < 10_000);

        var refused = await Assert.ThrowsAsync<DownloadRefusedException>(() =>
            Downloader(("Files:MaxBytes", "10000")).DownloadAsync(_files.Url("bomb.xlsx"), Target, CancellationToken.None));

        Assert.Equal("The workbook expands to 195.3 KB when unzipped, more than the 9.8 KB PerfBot takes (Files:MaxBytes).", refused.Message);
    }

    [Fact]
    public void With_authentication_on_only_https_addresses_on_allowed_hosts_are_fetched()
    {
        var downloader = Downloader(("Bot:AppId", "11111111-2222-3333-4444-555555555555"));

        var loopback = Assert.Throws<DownloadRefusedException>(() => downloader.Check(_files.Url("q3.csv")));
        var elsewhere = Assert.Throws<DownloadRefusedException>(() => downloader.Check("https://files.example.com/q3.csv"));
        var allowed = downloader.Check("https://dorsetcouncil-my.sharepoint.com/personal/jo/_layouts/15/download.aspx?UniqueId=1150d938");

        Assert.Equal("PerfBot fetches files over https only; 127.0.0.1 was offered over http.", loopback.Message);
        Assert.Equal("files.example.com is not one of the hosts PerfBot fetches files from (Files:AllowedHosts: *.sharepoint.com).", elsewhere.Message);
        Assert.Equal("dorsetcouncil-my.sharepoint.com", allowed.Host);
    }

    [Theory]
    [InlineData("dorsetcouncil.sharepoint.com", "*.sharepoint.com", true)]
    [InlineData("DorsetCouncil-my.SharePoint.com", "*.sharepoint.com", true)]
    [InlineData("sharepoint.com", "*.sharepoint.com", false)]
    [InlineData("evilsharepoint.com", "*.sharepoint.com", false)]
    [InlineData("sharepoint.com.example.net", "*.sharepoint.com", false)]
    [InlineData("files.example.gov.uk", "files.example.gov.uk", true)]
    public void Host_patterns(string host, string pattern, bool matches) => Assert.Equal(matches, FileDownloader.HostMatches(host, pattern));
}
