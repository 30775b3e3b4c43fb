namespace PerfBot.Questions.Measuring;

/// <summary>
/// One line of a question set: the question, and what a right answer holds, written by reading the data. The sets are
/// tab-separated: question, intent, codes (comma-separated), period, and optionally mentions (';'-separated); lines starting with # are
/// comments. A conversation set puts a blank line between conversations.
/// </summary>
/// <param name="Codes">The indicator (or, for a list or topic, every indicator) a right answer names; empty when it names none.</param>
/// <param name="Period">The period label a right answer gives, where the question asks for one.</param>
/// <param name="Mention">Text a right answer must contain (a date, a name, an agenda item), for answers about no indicator.</param>
public sealed record SetQuestion(int Line, string Question, string Intent, IReadOnlyList<string> Codes, string? Period, string? Mention = null)
{
    /// <summary>Answers naming a set of indicators, scored on the whole set.</summary>
    public bool IsList => Intent is "list" or "topic" || (Intent == "compare" && Codes.Count > 1);

    /// <summary>The mention cell's texts: several, separated by ';', must all be in a right answer.</summary>
    public IReadOnlyList<string> Mentions => Mention?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public static IReadOnlyList<SetQuestion> Read(string path) => ReadConversations(path).SelectMany(c => c).ToList();

    /// <summary>The questions in runs separated by blank lines: each run is one conversation, asked in order.</summary>
    public static IReadOnlyList<IReadOnlyList<SetQuestion>> ReadConversations(string path)
    {
        var conversations = new List<IReadOnlyList<SetQuestion>>();
        var current = new List<SetQuestion>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.StartsWith('#')) continue;
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0) conversations.Add(current);
                current = [];
                continue;
            }
            current.Add(Parse(line, $"{path}:{number}", number));
        }
        if (current.Count > 0) conversations.Add(current);
        return conversations;
    }

    /// <summary>One tab-separated line; <paramref name="where"/> names it in the error when it is not one.</summary>
    public static SetQuestion Parse(string line, string where, int number)
    {
        var cells = line.TrimEnd('\r').Split('\t');
        if (cells.Length < 2) throw new FormatException($"{where}: expected question<TAB>intent<TAB>codes<TAB>period[<TAB>mentions].");
        string? Cell(int i) => cells.Length > i && cells[i].Trim().Length > 0 ? cells[i].Trim() : null;
        var codes = Cell(2)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return new SetQuestion(number, cells[0], cells[1].Trim(), codes, Cell(3), Cell(4));
    }
}
