using System.Globalization;
using System.Text;
using PerfBot.Indicators;
using PerfBot.Council;

namespace PerfBot.Digests;

/// <summary>The digest as plain text: the message preview in Teams, the card's fallback, and what the verb prints.</summary>
public static class DigestText
{

    public static string Write(Digest d)
    {
        var text = new StringBuilder();
        text.AppendLine(Heading(d));
        if (Changes(d) is { } changes) text.AppendLine(changes);
        if (d.Corrections is { Count: > 0 } corrections)
        {
            text.AppendLine().AppendLine(CorrectionsHeading(corrections.Count));
            foreach (var c in corrections) text.AppendLine("- " + Correction(c));
        }
        if (!d.HasExceptions)
        {
            text.AppendLine(Summary(d));
        }
        else
        {
            var sources = d.Exceptions.Select(l => l.Source).OfType<string>().Distinct().ToList();
            text.AppendLine(Count(d));
            foreach (var area in d.Areas)
            {
                text.AppendLine().AppendLine(area.ServiceArea);
                foreach (var line in area.Lines)
                {
                    text.AppendLine("- " + Line(line, sources));
                    if (line.Commentary is { } c) text.AppendLine($"  {c.By}: {c.Text}");
                }
            }
            text.AppendLine().AppendLine($"{Plural(d.OnTrack, "other indicator")} on track.");
            if (sources.Count > 0)
            {
                text.AppendLine().AppendLine("Sources:");
                for (var i = 0; i < sources.Count; i++) text.AppendLine($"[{i + 1}] {sources[i]}");
            }
        }
        if (d.Overdue.Count > 0)
        {
            text.AppendLine().AppendLine($"Data overdue ({d.Overdue.Count}): not current, so not counted as exceptions.");
            foreach (var o in d.Overdue) text.AppendLine($"- {o.Name}: latest data {o.LatestPeriod ?? "none held"}");
        }
        return text.ToString().TrimEnd();
    }

    public static string Heading(Digest d) =>
        $"{d.Committee}: performance digest as of {Date(d.AsOf)}" + (d.LatestPeriod is { } p ? $" (latest data {p})" : "");

    /// <summary>The week with nothing to report still gets a line, never silence.</summary>
    public static string Summary(Digest d) =>
        $"No exceptions; {Plural(d.OnTrack, "indicator")} on track; latest data {d.LatestPeriod ?? "none current"}.";

    public static string Count(Digest d)
    {
        var red = d.Exceptions.Count(l => l.Rag == Rag.Red);
        var amber = d.Exceptions.Count() - red;
        return $"{Plural(red + amber, "exception")}: {red} red, {amber} amber and worsening.";
    }

    /// <summary>What changed since the last digest, or null when there was none to compare with or nothing changed.</summary>
    public static string? Changes(Digest d)
    {
        if (d.PreviousAsOf is not { } before) return "First digest for this committee: nothing earlier to compare with.";
        var parts = new List<string>();
        Add(parts, "newly red", d.Exceptions.Where(l => l.Change == DigestChange.NewlyRed).Select(l => l.Name));
        Add(parts, "newly an exception", d.Exceptions.Where(l => l.Change == DigestChange.NewlyException).Select(l => l.Name));
        Add(parts, "recovered", d.LeftTheList.Where(x => x.Reason == DepartureReason.Recovered)
            .Select(x => $"{x.Name} (now {x.RagNow?.ToString() ?? "no RAG"}{(x.PeriodNow is { } p ? $", {p}" : "")})"));
        Add(parts, "off the list", d.LeftTheList.Where(x => x.Reason == DepartureReason.OffTheList)
            .Select(x => x.PeriodNow is { } p ? $"{x.Name} (data overdue, latest {p})" : x.Name));
        return parts.Count == 0
            ? $"No change since the last digest ({Date(before)})."
            : $"Since the last digest ({Date(before)}): {string.Join("; ", parts)}.";
    }

    public static string Line(DigestLine l, IReadOnlyList<string>? sources = null)
    {
        var target = l.Target is { } t ? Figures.Value(t, l.Unit) : "none";
        var direction = l.Direction?.ToString() ?? "no direction";
        var change = l.Change switch
        {
            DigestChange.NewlyRed => " NEWLY RED.",
            DigestChange.NewlyException => " NEW.",
            _ => "",
        };
        var source = sources is not null && l.Source is { } s ? $" [{IndexOf(sources, s) + 1}]" : "";
        return $"{l.Name}: {Figures.Value(l.Value, l.Unit)} ({l.Period}), target {target}, {l.Rag}, {direction}.{change}{source}";
    }

    public static string Date(DateOnly date) => CouncilCulture.Date(date);

    public static string CorrectionsHeading(int count) =>
        $"Corrected since the last digest: {Plural(count, "figure")} members had already been sent.";

    /// <summary>"EHCPs issued within 20 weeks, Q2 2025/26: value was 22.86%, now 24.1% (corrected on 10 Feb 2026 by Jo Bloggs from q2.csv)."</summary>
    public static string Correction(DigestCorrection c)
    {
        var origin = string.Join(" ", new[] { c.CorrectedBy is { } by ? $"by {by}" : null, c.FromFile is { } file ? $"from {file}" : null }.OfType<string>());
        return $"{c.Name}, {c.Period}: {(c.Field == "target" ? "target" : "value")} was {c.Was}, now {c.Now} (corrected on {CouncilCulture.ShortDate(c.CorrectedOn)}{(origin.Length > 0 ? " " + origin : "")}).";
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == item) return i;
        return -1;
    }

    private static void Add(List<string> parts, string label, IEnumerable<string> names)
    {
        var list = names.ToList();
        if (list.Count > 0) parts.Add($"{label}: {string.Join(", ", list)}");
    }

    private static string Plural(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
