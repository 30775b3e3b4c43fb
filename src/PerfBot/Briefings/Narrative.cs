using System.Text.RegularExpressions;

namespace PerfBot.Briefings;

/// <summary>Stored commentary shortened for a card: whole sentences only, an ellipsis after the last one kept.</summary>
public static partial class Narrative
{
    public const int CardLength = 320;

    public static string? Shorten(string? text, int maxLength = CardLength)
    {
        if (string.IsNullOrWhiteSpace(text)) return text;
        var trimmed = text.Trim();
        if (trimmed.Length <= maxLength) return trimmed;
        var ends = SentenceEnd().Matches(trimmed).Select(m => m.Index + m.Length).ToList();
        // Never cut inside a sentence: a figure split from its qualifier could mislead. A first sentence longer than the
        // limit is kept whole.
        var cut = ends.LastOrDefault(e => e <= maxLength);
        if (cut == 0) cut = ends.FirstOrDefault();
        if (cut == 0 || cut >= trimmed.Length) return trimmed;
        return trimmed[..cut].TrimEnd() + " …";
    }

    // A full stop, question or exclamation mark followed by whitespace, where the next word starts a sentence. "e.g. " or
    // "No. 5" rarely start with a capital after them in these returns; "45.22" has no space after its point.
    [GeneratedRegex(@"[.!?](?=\s+[A-Z0-9""'‘“(])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
