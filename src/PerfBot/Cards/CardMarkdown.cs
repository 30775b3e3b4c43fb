using System.Runtime.CompilerServices;
using System.Text;

namespace PerfBot.Cards;

/// <summary>
/// Text for a TextBlock or a fact, in the Markdown subset Adaptive Cards render. Data (names, commentary, sources)
/// is plain text and is escaped here, so "[click here](https://…)" in an imported comment shows as typed and is no
/// link. PerfBot's own formatting is written with <see cref="Of"/>: its literal parts are Markdown, every value
/// interpolated into it is escaped, so $"**{name}**: {reason}" stays bold however the name is spelt.
/// </summary>
public readonly record struct CardMarkdown(string Value)
{
    public static CardMarkdown Of([InterpolatedStringHandlerArgument] ref Builder markdown) => new(markdown.ToString());

    /// <summary>Plain text as Markdown that renders as exactly that text.</summary>
    public static string Escape(string text) => Append(new StringBuilder(text.Length + 8), text, atLineStart: true).ToString();

    /// <param name="atLineStart">
    /// Whether the text starts a line. A value interpolated anywhere is escaped as if it started a block too (after
    /// "- " it starts the list item's), except that only a real line start loses its indent.
    /// </param>
    private static StringBuilder Append(StringBuilder builder, string text, bool atLineStart, bool startsBlock = true)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (atLineStart || startsBlock)
            {
                // Leading spaces would make a code block; #, >, -, +, = and "1." or "1)" would make headings, quotes and lists.
                if (c is ' ' or '\t')
                {
                    if (atLineStart) continue;
                    builder.Append(c);
                    continue;
                }
                if (c is '>' or '=' || (c is '#' or '-' or '+' && MarkerEnds(text, Run(text, i, c))) || (c is '-' or '+' && At(text, i + 1) == c))
                    builder.Append('\\');
                else if (char.IsAsciiDigit(c))
                {
                    var end = Run(text, i, '0');
                    if (At(text, end) is '.' or ')' && MarkerEnds(text, end + 1))
                    {
                        builder.Append(text, i, end - i).Append('\\').Append(text[end]);
                        i = end;
                        atLineStart = startsBlock = false;
                        continue;
                    }
                }
            }
            atLineStart = c == '\n';
            startsBlock = atLineStart;
            if (c is '\\' or '*' or '_' or '~' or '`' or '[' or ']' or '<' or '|'
                || (c == '&' && IsEntity(text, i))
                // {{DATE(…)}} and {{TIME(…)}} are Adaptive Cards' own functions: data must not call them.
                || (c == '{' && i + 1 < text.Length && text[i + 1] == '{'))
                builder.Append('\\');
            builder.Append(c);
        }
        return builder;
    }

    private static char At(string text, int i) => i < text.Length ? text[i] : '\0';

    /// <summary>The end of the run of <paramref name="c"/> (of digits, for '0') starting at <paramref name="start"/>.</summary>
    private static int Run(string text, int start, char c)
    {
        var end = start;
        while (end < text.Length && (c == '0' ? char.IsAsciiDigit(text[end]) : text[end] == c)) end++;
        return end;
    }

    /// <summary>A list, heading or numbered-list marker counts only when a space, a tab or the end of the line follows it.</summary>
    private static bool MarkerEnds(string text, int end) => At(text, end) is ' ' or '\t' or '\n' or '\0';

    /// <summary>&amp;name; or &amp;#123; would be read as a character reference; a plain &amp; ("B&amp;B") would not.</summary>
    private static bool IsEntity(string text, int ampersand)
    {
        var i = ampersand + 1;
        while (i < text.Length && i - ampersand <= 32 && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '#')) i++;
        return i > ampersand + 1 && At(text, i) == ';';
    }

    /// <summary>Builds <see cref="Of"/>'s Markdown: literals as written, values escaped.</summary>
    [InterpolatedStringHandler]
    public ref struct Builder(int literalLength, int formattedCount)
    {
        private readonly StringBuilder _markdown = new(literalLength + formattedCount * 16);

        public readonly void AppendLiteral(string literal) => _markdown.Append(literal);

        public readonly void AppendFormatted<T>(T value) =>
            Append(_markdown, Convert.ToString(value, Council.CouncilCulture.English) ?? "", _markdown.Length == 0 || _markdown[^1] == '\n');

        public override readonly string ToString() => _markdown.ToString();
    }
}
