using System.Globalization;
using System.Text;

namespace PerfBot.Tests.Cards;

/// <summary>
/// Text no output may trip over: a character of every Unicode general category (controls, format characters and an
/// unpaired surrogate among them), then Markdown an attacker would put in a comment, line by line.
/// </summary>
internal static class HostileText
{
    public const string Link = "[click here](https://evil.example/steal)";

    public static readonly string[] Markdown =
    [
        Link, "**bold** and __bold__", "_italic_ and *italic*", "~~struck~~", "`code`", "<https://evil.example/auto>",
        "&amp; &#169;", "# Heading", "- item", "1. numbered", "> quoted", "| a | b |", "{{DATE(2017-02-14T06:08:39Z, SHORT)}}",
        "![image](https://evil.example/pixel.png)", "<b>html</b>",
    ];

    /// <summary>The first code point of each general category, from U+0000 up (a lone high surrogate for Cs).</summary>
    public static string EveryCategory { get; } = Build();

    public static string Text { get; } = EveryCategory + "\n" + string.Join("\n", Markdown);

    private static string Build()
    {
        var found = new SortedDictionary<UnicodeCategory, string>();
        for (var code = 0; code <= 0x10FFFF && found.Count < 30; code++)
        {
            var category = code is >= 0xD800 and <= 0xDFFF ? UnicodeCategory.Surrogate : CharUnicodeInfo.GetUnicodeCategory(code);
            if (found.ContainsKey(category)) continue;
            found[category] = code is >= 0xD800 and <= 0xDFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code);
        }
        // Past the first of each: the characters imported spreadsheets actually carry.
        return string.Concat(found.Values) + "\v\u000C\u001B[31m\u200B\u200D\uFEFF\u202E\u00AD";
    }

    /// <summary>The visible letters and digits of a text, to compare what was shown with what was meant.</summary>
    public static string Visible(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text) if (char.IsLetterOrDigit(c)) builder.Append(c);
        return builder.ToString();
    }
}
