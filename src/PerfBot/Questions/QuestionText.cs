using System.Text;
using System.Text.RegularExpressions;

namespace PerfBot.Questions;

/// <summary>
/// How question text and indicator names are folded before they are compared: the Teams mention and markup removed,
/// lower case, apostrophes dropped ("what's" → "whats", "children's" → "childrens"), "&amp;" read as "and", other
/// punctuation as spaces, and each word reduced to a stem so word forms meet (carers/carer, placed/placements).
/// The same folding is applied to names, aliases and vocabulary, so both sides always agree.
/// </summary>
public static partial class QuestionText
{
    /// <summary>Words that carry no meaning for finding an indicator. General English only; nothing about any indicator.</summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "into", "and", "plus", "or", "as", "is", "are", "was", "were",
        "be", "been", "being", "am", "its", "it", "this", "that", "these", "those", "our", "we", "us", "me", "my", "i", "you", "your",
        "what", "whats", "thats", "which", "who", "whos", "how", "hows", "when", "where", "whens", "do", "does", "did", "doing", "done", "have", "has", "had",
        "can", "could", "would", "should", "will", "shall", "may", "might", "please", "pls", "plz", "tell", "show", "give", "get", "got", "let",
        "know", "about", "there", "their", "them", "they", "any", "some", "all", "so", "far", "just", "now", "currently", "current", "latest",
        "figure", "figures", "stat", "stats", "data", "number", "numbers", "no", "nos", "many", "much", "much", "level", "levels", "like",
        "looking", "look", "see", "going", "go", "on", "up", "down", "there", "then", "than", "ok", "okay", "hi", "hello", "hey", "thanks",
        "thank", "r", "u", "ur", "ya", "wot", "wat", "perfbot", "bot", "quick", "q", "pi", "kpi", "kpis", "indicator", "indicators", "measure", "measures", "performance", "value",
        "morning", "afternoon", "evening", "result", "results", "next", "info", "performing", "perform", "faring", "fare", "moment", "situation", "picture", "track", "well", "badly", "doing", "information", "update", "status", "position", "re", "s", "t", "dc", "council", "councils",
    };

    [GeneratedRegex(@"<at\b[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Mention();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Markup();

    // "aren't", "isn't", "don't": the negation kept as a word of its own, so "not residential" meets "aren't residential".
    [GeneratedRegex(@"(?<=[a-zA-Z])n['\u2019]t\b")]
    private static partial Regex Negated();

    // "can't" and "won't" are "can" and "will" negated, not "ca" and "wo".
    [GeneratedRegex(@"\b(?<verb>can|won)['\u2019]t\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedModal();

    // "you've", "they're", "I'd", "we'll": the pronoun alone, a word the reader knows.
    [GeneratedRegex(@"(?<=[a-zA-Z])['\u2019](ve|re|d|ll)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contracted();

    [GeneratedRegex(@"\b(?<verb>can|will|could|would|should) not\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbNegated();

    [GeneratedRegex(@"\b(?<n>\d{1,3})[kK]\b")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"(?<=\d),(?=\d{3}\b)")]
    private static partial Regex ThousandsComma();

    /// <summary>Lower case, no mention or markup, apostrophes dropped, "&amp;" as "and", other punctuation as spaces (except / and - in figures).</summary>
    public static string Normalise(string text)
    {
        // Each rewrite runs only when its text could be there: most questions and names hold no markup, entity,
        // contraction or figure, and the regular expressions were a fifth of reading a question.
        var s = text;
        if (s.Contains('<')) s = Mention().Replace(s, " ");
        if (s.Contains('\'') || s.Contains('\u2019'))
        {
            s = NegatedModal().Replace(s, m => (m.Groups["verb"].Value.Equals("won", StringComparison.OrdinalIgnoreCase) ? "will" : "can") + " not");
            s = Negated().Replace(s, " not");
            // "Why can't we reduce…": the verb is negated, not the measure's name ("didn't move" keeps its "not": a direction).
            s = VerbNegated().Replace(s, "${verb}");
            s = Contracted().Replace(s, "");
        }
        if (s.Contains('<')) s = Markup().Replace(s, " ");
        if (s.Contains('&')) s = s.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase).Replace("&amp;", "&", StringComparison.OrdinalIgnoreCase);
        if (s.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            if (s.Contains(',')) s = ThousandsComma().Replace(s, "");
            if (s.AsSpan().IndexOfAny('k', 'K') >= 0) s = Thousands().Replace(s, "${n}000");
        }
        var b = new StringBuilder(s.Length + 8);
        for (var i = 0; i < s.Length; i++)
        {
            var c = char.ToLowerInvariant(s[i]);
            switch (c)
            {
                case '\'' or '\u2018' or '\u2019' or '`' or '\u00b4':
                    break;
                case '&' or '+':
                    // "Good+" keeps its meaning as a word; elsewhere + and & are "and".
                    if (c == '+' && i > 0 && char.IsLetter(s[i - 1])) { b.Append("plus"); break; }
                    b.Append(" and ");
                    break;
                case '/' or '-' or '\u2013' or '\u2014':
                    // Kept between digits (2025/26, 2020-10, oct-20 is handled by the period reader); a space elsewhere.
                    var digitBefore = i > 0 && char.IsDigit(s[i - 1]);
                    var digitAfter = i + 1 < s.Length && char.IsDigit(s[i + 1]);
                    var letterBefore = i > 0 && char.IsLetter(s[i - 1]);
                    b.Append((digitBefore && digitAfter) || (letterBefore && digitAfter && c == '-') ? (c == '/' ? '/' : '-') : ' ');
                    break;
                default:
                    b.Append(char.IsLetterOrDigit(c) ? c : ' ');
                    break;
            }
        }
        return string.Join(' ', b.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The words of normalised text, split at spaces; figures such as 2025/26 and oct-20 stay whole.</summary>
    public static string[] Words(string normalised) => normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"When" as a word, or as "when's" is written once its apostrophe is dropped.</summary>
    public static bool IsWhen(string word) => word is "when" or "whens";

    /// <summary>Words for matching names: like <see cref="Words"/> but figures split at their punctuation.</summary>
    public static IEnumerable<string> MatchWords(string normalised) =>
        normalised.Split([' ', '/', '-'], StringSplitOptions.RemoveEmptyEntries);

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["children"] = "child", ["childrens"] = "child", ["people"] = "person", ["peoples"] = "person", ["women"] = "woman",
        ["men"] = "man", ["kids"] = "kid", ["families"] = "family", ["staff"] = "staff", ["days"] = "day", ["years"] = "year", ["yr"] = "year", ["yrs"] = "year",
        // Irregular verbs, to the stem their regular forms take ("felt" meets "feeling", "lost" meets "losing").
        ["felt"] = "feel", ["lost"] = "los", ["paid"] = "pay", ["kept"] = "keep", ["taken"] = "tak", ["took"] = "tak", ["gone"] = "go", ["went"] = "go",
        ["risen"] = "ris", ["rose"] = "ris", ["fell"] = "fall", ["fallen"] = "fall", ["grew"] = "grow", ["grown"] = "grow", ["chose"] = "choos", ["chosen"] = "choos",
    };

    /// <summary>
    /// A light English stemmer: plurals, -ing, -ed, -ment, -ly and a final e, so placed/placement/placements all become "plac"
    /// and carers/carer "carer". Short words are left alone.
    /// </summary>
    public static string Stem(string word)
    {
        if (Irregular.TryGetValue(word, out var irregular)) return irregular;
        // "S47s", "EHCPs"-style plurals of a code with figures in it: the code.
        if (word.Length > 3 && word[^1] == 's' && char.IsDigit(word[^2]) && char.IsLetter(word[0])) return word[..^1];
        if (word.Length <= 3 || !word.All(char.IsLetter)) return word;
        var w = word;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("sses", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];
        if (w.EndsWith("ments", StringComparison.Ordinal) && w.Length > 8) w = w[..^5];
        else if (w.EndsWith("ment", StringComparison.Ordinal) && w.Length > 7) w = w[..^4];
        if ((w.EndsWith("tion", StringComparison.Ordinal) || w.EndsWith("sion", StringComparison.Ordinal)) && w.Length > 6) w = w[..^3];
        else if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) w = w[..^3];
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4) w = w[..^2];
        else if (w.EndsWith("ly", StringComparison.Ordinal) && w.Length > 5) w = w[..^2];
        if (w.EndsWith('e') && w.Length > 3) w = w[..^1];
        // Violent/violence, independent/independence: one stem.
        if (w.EndsWith("enc", StringComparison.Ordinal) && w.Length > 5) w = w[..^1] + "t";
        // Exclude/exclusion, include/inclusion: one stem.
        if (w.EndsWith("ud", StringComparison.Ordinal) && w.Length > 5) w = w[..^1] + "s";
        // A doubled final consonant left by -ing/-ed (referred → referr, hitting → hitt) is one.
        if ((w.Length > 4 || (w.Length == 4 && w != word)) && w[^1] == w[^2] && !"aeiouls".Contains(w[^1], StringComparison.Ordinal)) w = w[..^1];
        return w;
    }

    /// <summary>The content stems of a name or phrase, in order: normalised, split, stop words dropped, stemmed.</summary>
    public static List<string> ContentStems(string text)
    {
        var stems = new List<string>();
        foreach (var word in MatchWords(Normalise(text)))
        {
            if (StopWords.Contains(word)) continue;
            stems.Add(Stem(word));
        }
        return stems;
    }

    /// <summary>Damerau–Levenshtein (optimal string alignment) distance, giving up above <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var n = a.Length;
        var m = b.Length;
        Span<int> prev2 = stackalloc int[m + 1];
        Span<int> prev = stackalloc int[m + 1];
        Span<int> cur = stackalloc int[m + 1];
        for (var j = 0; j <= m; j++) prev[j] = j;
        for (var i = 1; i <= n; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= m; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > max) return max + 1;
            var t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return prev[m];
    }

    /// <summary>How many typing slips a word of this length may carry and still be recognised.</summary>
    public static int TypoAllowance(int length) => length switch
    {
        <= 4 => 0,
        <= 7 => 1,
        _ => 2,
    };
}
