using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using PerfBot.Hosting;
using PerfBot.Teams;

namespace PerfBot.Tests.Support;

/// <summary><c>perfbot serve</c>'s host, on real Kestrel at 127.0.0.1 with a free port, over a real SQLite file.</summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    private readonly WebApplication _app;
    public HttpClient Http { get; }
    public TempStore Store { get; }
    private readonly bool _ownsStore;

    private BotUnderTest(WebApplication app, TempStore store, bool ownsStore)
    {
        _app = app;
        Store = store;
        _ownsStore = ownsStore;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromSeconds(30) };
    }

    public IServiceProvider Services => _app.Services;

    /// <param name="settings">Configuration, e.g. ("Bot:AppId", "…").</param>
    /// <param name="entra">When given, the bot's token client trusts its certificate and uses it as the authority.</param>
    /// <param name="keepStore">Leave the store when the bot stops, as a restart does: the caller disposes it.</param>
    public static async Task<BotUnderTest> StartAsync(
        TempStore? store = null,
        IEnumerable<(string Key, string Value)>? settings = null,
        FakeEntra? entra = null,
        Action<IServiceCollection>? configureServices = null,
        bool keepStore = false)
    {
        store ??= TempStore.Empty("People and Health Scrutiny Committee", "Place and Resources Scrutiny Committee", "Health and Wellbeing Board");
        // The scheduler polls the store; the channel's tests do without it, and the scheduling tests start their own.
        var args = new List<string> { "--urls", "http://127.0.0.1:0", "--Bot:Retry:BaseDelay=00:00:00.050", "--Schedule:Enabled=false" };
        if (entra is not null) args.Add($"--Bot:TokenAuthority={entra.Authority}");
        args.AddRange((settings ?? []).Select(s => $"--{s.Key}={s.Value}"));
        var app = BotHost.Build([.. args], store.Database, services =>
        {
            // The bot's console log would echo fuzzed bytes into the test output; tests that need logs add a provider.
            services.RemoveAll<ILoggerProvider>();
            // The bot's own handler is amended, not replaced, so what it sets (no redirects) is what the tests exercise.
            if (entra is not null)
                services.AddHttpClient(ConnectorTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler((handler, _) =>
                {
                    switch (handler)
                    {
                        case SocketsHttpHandler sockets:
                            sockets.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => entra.Trusts(certificate as X509Certificate2);
                            break;
                        case HttpClientHandler client:
                            client.ServerCertificateCustomValidationCallback = (_, certificate, _, _) => entra.Trusts(certificate);
                            break;
                    }
                });
            configureServices?.Invoke(services);
        });
        await app.StartAsync();
        return new BotUnderTest(app, store, !keepStore);
    }

    public async Task<HttpResponseMessage> PostAsync(JsonNode activity, string? bearerToken = null, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = JsonContent.Create(activity) };
        if (bearerToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownsStore) Store.Dispose();
    }
}
