using System.Text;
using PerfBot.Council;
using PerfBot.Indicators;

namespace PerfBot.Alerts;

/// <summary>An officer's alert, and the replies to the alert commands, as plain text.</summary>
public static class AlertText
{
    public static string Write(OfficerAlert alert)
    {
        var text = new StringBuilder();
        text.AppendLine($"Your indicators this week (as of {CouncilCulture.Date(alert.AsOf)}): {alert.Lines.Count} changed.");
        foreach (var l in alert.Lines) text.AppendLine("- " + Line(l));
        text.AppendLine().Append("Say 'my alerts' to see what you follow, or 'stop alerts for <indicator>'.");
        return text.ToString();
    }

    public static string Line(AlertLine l)
    {
        var what = (l.WasException, l.IsException) switch
        {
            (false, true) => "became an exception",
            (true, false) => "no longer an exception",
            _ => "RAG changed",
        };
        var target = l.Target is { } t ? Figures.Value(t, l.Unit) : "none";
        var rag = $"{l.RagBefore?.ToString() ?? "no RAG"} → {l.RagNow?.ToString() ?? (l.IsException ? "" : "no current RAG (data overdue)")}";
        return $"{l.Name}: {what} ({rag}); {Figures.Value(l.Value, l.Unit)} ({l.Period}), target {target}, {l.Direction?.ToString() ?? "no direction"}"
               + (l.Source is null ? "." : $". Source: {l.Source}.")
               + (l.Owned ? " (You own this indicator.)" : "");
    }
}
