namespace PerfBot.TeamsApp;

/// <summary>What differs between one council's Teams app package and another's.</summary>
/// <param name="AppId">The Teams app's id; Teams uses it to tell uploads of the same app apart.</param>
/// <param name="BotId">The Entra app registration (Microsoft App ID) the Azure Bot resource uses.</param>
/// <param name="Host">The bot's public host name, e.g. perfbot.example.gov.uk; null leaves validDomains empty.</param>
/// <param name="Version">The app version; Teams only accepts an update whose version is higher.</param>
public sealed record AppPackageSettings(
    Guid AppId,
    Guid BotId,
    string? Host,
    string Version,
    string Publisher,
    Uri WebsiteUrl,
    Uri PrivacyUrl,
    Uri TermsUrl);
