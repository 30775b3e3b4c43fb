using System.CommandLine;
using PerfBot.Hosting;
using PerfBot.Store;

namespace PerfBot.Cli;

/// <summary><c>perfbot serve</c>: hosts the bot's Bot Framework endpoint (POST /api/messages) and GET /healthz.</summary>
public static class ServeCommand
{
    private static readonly Option<string?> Urls = new("--urls")
    {
        Description = $"Where to listen (default {BotHost.DefaultUrls}). Without Bot:AppId only loopback addresses are allowed.",
    };

    public static Command Build()
    {
        var command = new Command("serve", "Host the Teams bot: POST /api/messages and GET /healthz. Configure with Bot__AppId, Bot__AppPassword, Bot__TenantId, Bot__AllowedTenants.")
        {
            Urls,
        };
        // Host configuration such as --Bot:AppId=… passes through to ASP.NET Core.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var database = StoreOpener.Open(GlobalOptions.ResolveDbPath(parseResult), Console.Out);
            var args = parseResult.UnmatchedTokens.ToList();
            if (parseResult.GetValue(Urls) is { } urls) args.AddRange(["--urls", urls]);
            WebApplication app;
            try
            {
                app = BotHost.Build([.. args], database);
            }
            catch (InvalidOperationException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
            {
                // Kestrel's bind failures (in use, not this machine's, not bindable) are configuration mistakes: one sentence.
                var listen = app.Configuration["urls"] ?? BotHost.DefaultUrls;
                var why = listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(ListenAddress.Unusable).OfType<string>().FirstOrDefault() ?? e.Message.TrimEnd('.');
                await Console.Error.WriteLineAsync($"Could not listen on {listen}: {why}.");
                return 2;
            }
            // Kestrel:Endpoints and friends can bind beyond --urls: check what was actually bound.
            if (!app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Teams.BotOptions>>().Value.AuthenticationEnabled
                && LoopbackGuard.RefuseUnauthenticatedExposure(app.Urls) is { } reason)
            {
                await Console.Error.WriteLineAsync($"Bot:AppId is not set and the bot is listening beyond loopback ({reason}); stopping.");
                await app.StopAsync(CancellationToken.None);
                return 2;
            }
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
