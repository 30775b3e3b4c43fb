using System.Text;

namespace PerfBot.Store;

/// <summary>How names are compared in the store: case, spacing and curly quotes do not make a different indicator.</summary>
public static class Names
{
    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var raw in name.Trim())
        {
            var c = raw switch { '\u2018' or '\u2019' => '\'', '\u201c' or '\u201d' => '"', '\u2013' or '\u2014' => '-', _ => char.ToLowerInvariant(raw) };
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && builder.Length > 0) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>A stable code made from a name: "Percentage of EHCPs issued" → "percentage-of-ehcps-issued".</summary>
    public static string Slug(string name, int maxLength = 60)
    {
        var builder = new StringBuilder();
        foreach (var c in Key(name))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
            if (builder.Length >= maxLength) break;
        }
        return builder.ToString().Trim('-');
    }
}
