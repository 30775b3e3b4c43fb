using System.Globalization;
using System.Text;

namespace PerfBot.Store.Import;

/// <summary>
/// The text a person sees in a cell, as PerfBot stores it. Composed Unicode (NFC), so "Café" typed two ways is one
/// name; no format characters (byte order marks, zero-width joiners, bidirectional overrides, soft hyphens), which are
/// invisible and would make an invisible second indicator; no control characters, which break Word documents and
/// terminals. A zero-width space counts as a space.
/// </summary>
public static class CellText
{
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>A one-line value (a name, code, unit, source…): every run of spaces, tabs and line breaks is one space. Null when nothing is left.</summary>
    public static string? Line(string? text) => Clean(text, multiline: false);

    /// <summary>
    /// Commentary and actions: as <see cref="Line"/>, but line breaks (CR LF, CR, vertical tab, form feed, NEL, U+2028,
    /// U+2029) become one kind, \n, and tabs stay.
    /// </summary>
    public static string? Paragraphs(string? text) => Clean(text, multiline: true);

    private static string? Clean(string? text, bool multiline)
    {
        if (text is null) return null;
        if (IsPlain(text, multiline))
        {
            var trimmed = text.Trim();
            return trimmed.Length == 0 ? null : trimmed;
        }
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (multiline)
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
                if (c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029') { builder.Append('\n'); continue; }
                if (c == '\t' || char.IsWhiteSpace(c)) { builder.Append(c); continue; }
                if (c == ZeroWidthSpace) { builder.Append(' '); continue; }
            }
            else if (char.IsWhiteSpace(c) || c == ZeroWidthSpace)
            {
                pendingSpace = true;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1])) != UnicodeCategory.Format)
                    Append(builder, ref pendingSpace, text.AsSpan(i, 2));
                i++;
                continue;
            }
            // Controls, format characters and half a surrogate pair are dropped.
            if (char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate) continue;
            Append(builder, ref pendingSpace, [c]);
        }
        var cleaned = builder.ToString().Trim().Normalize(NormalizationForm.FormC);
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static void Append(StringBuilder builder, ref bool pendingSpace, ReadOnlySpan<char> text)
    {
        if (pendingSpace && builder.Length > 0) builder.Append(' ');
        pendingSpace = false;
        builder.Append(text);
    }

    /// <summary>Printable ASCII with single spaces (and, in paragraphs, \n and tabs): nothing to do but trim.</summary>
    private static bool IsPlain(string text, bool multiline)
    {
        var previous = 'x';
        foreach (var c in text)
        {
            if (c is >= ' ' and < '\u007f')
            {
                if (!multiline && c == ' ' && previous == ' ') return false;
            }
            else if (!(multiline && c is '\n' or '\t')) return false;
            previous = c;
        }
        return true;
    }
}
