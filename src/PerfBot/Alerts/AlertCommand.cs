using System.Text.RegularExpressions;

namespace PerfBot.Alerts;

/// <summary>The alert commands officers type in a 1:1 chat: "alert me about foster carers", "my alerts", "stop alerts for foster carers".</summary>
public abstract partial record AlertCommand
{
    public sealed record Subscribe(string Indicator) : AlertCommand;
    public sealed record List : AlertCommand;
    public sealed record Unsubscribe(string Indicator) : AlertCommand;

    public static AlertCommand? Parse(string? text)
    {
        var t = Regex.Replace((text ?? "").Trim().TrimEnd('.', '!', '?'), @"\s+", " ");
        if (MyAlerts().IsMatch(t)) return new List();
        if (Stop().Match(t) is { Success: true } stop) return new Unsubscribe(stop.Groups["what"].Value.Trim());
        if (Start().Match(t) is { Success: true } start) return new Subscribe(start.Groups["what"].Value.Trim());
        return null;
    }

    [GeneratedRegex(@"^(?:show |list |what are )?my alerts$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MyAlerts();

    [GeneratedRegex(@"^(?:please )?(?:stop|cancel|remove|unsubscribe)(?: (?:my )?alerts?| alerting me)? (?:for|about|on|from) (?<what>.+)$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Stop();

    [GeneratedRegex(@"^(?:please )?(?:alert me|subscribe me|send me alerts|notify me) (?:about|to|on|for|when) (?<what>.+?)(?: changes)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Start();
}
