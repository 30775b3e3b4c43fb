namespace PerfBot.Questions;

/// <summary>What a question asks for.</summary>
public enum Intent
{
    Status, Trend, List, Topic, Compare, Why, Actions, Target, Owner,
    /// <summary>The committee itself: chair, vice-chair, members, which committee looks at something.</summary>
    Committee,
    /// <summary>When a committee meets: next, last, on a date, in a month, before or after another meeting.</summary>
    Meeting,
    /// <summary>What a meeting will take (or took): the forward plan's items.</summary>
    ForwardPlan,
    /// <summary>"What should I ask about?": the brief's focus areas and questions for the next meeting.</summary>
    Prepare,
    Help,
    /// <summary>A follow-up ("how come?") with nothing before it to follow: PerfBot asks what it is about.</summary>
    Clarify,
    Unknown,
}

public static class Intents
{
    /// <summary>The short stable word for an intent, as JSON and the question sets write it.</summary>
    public static string Name(Intent intent) => intent switch
    {
        Intent.ForwardPlan => "forward_plan",
        _ => intent.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? text, out Intent intent)
    {
        foreach (var value in Enum.GetValues<Intent>())
            if (string.Equals(Name(value), text?.Trim(), StringComparison.OrdinalIgnoreCase)) { intent = value; return true; }
        intent = Intent.Unknown;
        return false;
    }

    /// <summary>Intents about one indicator.</summary>
    public static bool IsAboutOne(Intent intent) => intent is Intent.Status or Intent.Trend or Intent.Compare or Intent.Why
        or Intent.Actions or Intent.Target or Intent.Owner;

    /// <summary>Intents about a committee rather than an indicator.</summary>
    public static bool IsAboutCommittee(Intent intent) => intent is Intent.Committee or Intent.Meeting or Intent.ForwardPlan or Intent.Prepare;
}
