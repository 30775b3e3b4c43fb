using System.CommandLine;
using System.Reflection;
using PerfBot.TeamsApp;

namespace PerfBot.Cli;

/// <summary>`perfbot package`: writes the Teams app zip an administrator uploads to Teams.</summary>
public static class PackageCommand
{
    private const int MaxPublisherLength = 32; // the manifest schema's limit for developer.name

    public static Command Build()
    {
        var appId = new Option<Guid>("--app-id") { Description = "The Teams app id (a GUID). Use the bot's Microsoft App ID unless your tenant already has an app with it.", Required = true };
        var botId = new Option<Guid?>("--bot-id") { Description = "The Microsoft App ID of the Entra app registration the Azure Bot resource uses (default: --app-id)." };
        var host = new Option<string?>("--host") { Description = "The bot's public host name, e.g. perfbot.example.gov.uk; added to validDomains and used for the default web addresses." };
        var version = new Option<string>("--app-version") { Description = "The app version, major.minor.patch; raise it for every update you upload.", DefaultValueFactory = _ => DefaultVersion() };
        var publisher = new Option<string>("--publisher") { Description = "Who publishes the app, shown in Teams, e.g. your council's name (at most 32 characters).", DefaultValueFactory = _ => "PerfBot" };
        var websiteUrl = new Option<string?>("--website-url") { Description = "An https page about the app (default: https://HOST/)." };
        var privacyUrl = new Option<string?>("--privacy-url") { Description = "Your council's privacy notice for the app (default: --website-url)." };
        var termsUrl = new Option<string?>("--terms-url") { Description = "The terms of use (default: --website-url)." };
        var output = new Option<string>("--out") { Description = "The zip file to write.", DefaultValueFactory = _ => Path.Combine("artifacts", "perfbot-teams-app.zip") };

        host.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && Uri.CheckHostName(value) is UriHostNameType.Unknown)
                result.AddError($"--host takes a host name such as perfbot.example.gov.uk, not '{value}'.");
        });
        version.Validators.Add(result =>
        {
            if (!IsAppVersion(result.GetValueOrDefault<string>()))
                result.AddError("--app-version takes three numbers, e.g. 1.2.0.");
        });
        publisher.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not { Length: > 0 and <= MaxPublisherLength })
                result.AddError($"--publisher takes 1 to {MaxPublisherLength} characters.");
        });
        foreach (var url in new[] { websiteUrl, privacyUrl, termsUrl })
            url.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<string?>() is { } value && HttpsUri(value) is null)
                    result.AddError($"{result.Option.Name} takes an absolute https address, not '{value}'.");
            });

        var command = new Command("package", "Write the Teams app package (manifest.json and icons in a zip) to upload to Teams.")
        {
            appId, botId, host, version, publisher, websiteUrl, privacyUrl, termsUrl, output,
        };
        command.SetAction((parseResult, _) =>
        {
            var hostName = parseResult.GetValue(host);
            // Teams insists on https addresses; without a host or a council page, localhost keeps the package
            // valid for a trial upload and the warning says to replace it before publishing.
            var website = HttpsUri(parseResult.GetValue(websiteUrl)) ?? new Uri($"https://{hostName ?? "localhost"}/");
            var settings = new AppPackageSettings(
                AppId: parseResult.GetValue(appId),
                BotId: parseResult.GetValue(botId) ?? parseResult.GetValue(appId),
                Host: hostName,
                Version: parseResult.GetValue(version)!,
                Publisher: parseResult.GetValue(publisher)!,
                WebsiteUrl: website,
                PrivacyUrl: HttpsUri(parseResult.GetValue(privacyUrl)) ?? website,
                TermsUrl: HttpsUri(parseResult.GetValue(termsUrl)) ?? website);
            var path = parseResult.GetValue(output)!;
            try
            {
                AppPackage.WriteFile(settings, path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"Could not write {path}: {e.Message}");
                return Task.FromResult(1);
            }
            parseResult.InvocationConfiguration.Output.WriteLine($"Wrote {path}: Teams app {settings.AppId} v{settings.Version}, bot {settings.BotId}.");
            if (hostName is null && parseResult.GetValue(websiteUrl) is null)
                parseResult.InvocationConfiguration.Error.WriteLine("No --host or --website-url: the developer links point at https://localhost/. Give your council's pages before publishing to your organisation.");
            return Task.FromResult(0);
        });
        return command;
    }

    private static Uri? HttpsUri(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri : null;

    private static bool IsAppVersion(string? value) =>
        value?.Split('.') is { Length: 3 } parts && parts.All(part => part.Length > 0 && part.All(char.IsAsciiDigit));

    private static string DefaultVersion()
    {
        var version = Assembly.GetExecutingAssembly().GetName().Version ?? new Version(1, 0, 0);
        return $"{version.Major}.{version.Minor}.{Math.Max(version.Build, 0)}";
    }
}
