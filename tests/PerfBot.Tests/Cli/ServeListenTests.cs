using PerfBot.Tests.Support;

namespace PerfBot.Tests.Cli;

/// <summary>Addresses <c>perfbot serve</c> cannot listen on get one plain sentence and exit code 2, never a stack trace.</summary>
public class ServeListenTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfbot-serve-").FullName;
    private string Db => Path.Combine(_folder, "perfbot.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void AssertOneSentence(int exit, string error, string mentions)
    {
        Assert.Equal(2, exit);
        Assert.DoesNotContain("Unhandled", error);
        Assert.DoesNotContain("   at ", error);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l => !l.StartsWith("Created ", StringComparison.Ordinal));
        Assert.Contains(mentions, line);
    }

    [Theory]
    [InlineData("http://[::ffff:127.0.0.1]:0")]
    [InlineData("http://localhost:3978;http://[::ffff:127.0.0.1]:0")]
    public void An_ipv4_mapped_ipv6_address_is_refused_with_one_sentence(string urls)
    {
        var (exit, _, error) = ChildProcess.Perfbot("--db", Db, "serve", "--urls", urls);
        AssertOneSentence(exit, error, "http://127.0.0.1:0");
    }

    [Fact]
    public void With_authentication_on_the_same_address_is_refused_with_one_sentence()
    {
        var (exit, _, error) = ChildProcess.Perfbot("--db", Db, "serve", "--urls", "http://[::ffff:127.0.0.1]:0",
            "--Bot:AppId=11111111-2222-3333-4444-555555555555", "--Bot:AppPassword=secret", "--Schedule:Enabled=false");
        AssertOneSentence(exit, error, "http://127.0.0.1:0");
    }

    [Fact]
    public void An_address_already_in_use_is_refused_with_one_sentence()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, _, error) = ChildProcess.Perfbot("--db", Db, "serve", "--urls", $"http://127.0.0.1:{port}", "--Schedule:Enabled=false");

        AssertOneSentence(exit, error, $"http://127.0.0.1:{port}");
    }
}
