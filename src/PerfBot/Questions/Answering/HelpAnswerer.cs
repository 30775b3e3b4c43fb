using PerfBot.Indicators;

namespace PerfBot.Questions.Answering;

/// <summary>Answers "help": what PerfBot answers about, with example questions made from the store's own indicators.</summary>
public sealed class HelpAnswerer
{
    public HelpAnswer Answer(Understanding u, QuestionIndex index) => new(u, Examples(index), Summary(index));

    /// <summary>Example questions made from the store's own indicators, so they always answer: for help and for a help card.</summary>
    public static IReadOnlyList<string> Examples(QuestionIndex index)
    {
        var examples = new List<string>();
        var red = index.Entries.FirstOrDefault(e => e.Latest?.Rag == Rag.Red);
        var any = index.Entries.FirstOrDefault();
        if (any is not null) examples.Add($"how is {any.Indicator.Aliases.FirstOrDefault() ?? any.Indicator.Name}?");
        if (red is not null) examples.Add($"why is {red.Indicator.Aliases.FirstOrDefault() ?? red.Indicator.Name} red?");
        if (red?.Indicator.ServiceArea is { } area) examples.Add($"what's red in {area}?");
        if (red is not null) examples.Add($"how does {red.Indicator.Aliases.FirstOrDefault() ?? red.Indicator.Name} compare with last year?");
        if (index.Committees.Count > 0) examples.Add("when is the next meeting?");
        if (index.Committees.FirstOrDefault(c => c.Chair is not null) is { } chaired) examples.Add($"who chairs {chaired.Name}?");
        if (index.Committees.Count > 0) examples.Add("what should I ask about at the next meeting?");
        return examples;
    }

    public static StoreSummary Summary(QuestionIndex index) => new(index.Entries.Count,
        index.Entries.Select(e => e.Indicator.ServiceArea).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList());
}
