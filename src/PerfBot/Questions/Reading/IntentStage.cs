namespace PerfBot.Questions.Reading;

/// <summary>What the question asks for, from the cues, filters and scope found and whether an indicator was found.</summary>
internal static class IntentStage
{
    /// <summary>The intents about one indicator, in the order their cues win when several appear.</summary>
    private static readonly Intent[] AboutOne = [Intent.Why, Intent.Actions, Intent.Compare, Intent.Owner, Intent.Target, Intent.Trend];

    /// <param name="scope">A service area or committee was named.</param>
    /// <param name="hasIndicator">An indicator was chosen, or a few offered as "Did you mean…".</param>
    /// <param name="hasContent">Words are left beyond the scope, filters and cues: something to name an indicator.</param>
    public static Intent Decide(IReadOnlySet<Intent> cues, Filters filters, bool scope, bool hasIndicator, bool hasContent)
    {
        // "What's red in children's services", "childrens": only a scope and filters, so a list.
        if (scope && !hasContent && !cues.Contains(Intent.NextMeeting)) return Intent.List;
        if (cues.Contains(Intent.NextMeeting) && !hasIndicator) return Intent.NextMeeting;
        foreach (var aboutOne in AboutOne)
        {
            if (!cues.Contains(aboutOne)) continue;
            if (hasIndicator) return aboutOne;
            return (filters.Any || scope) && !hasContent ? Intent.List : Intent.Unknown;
        }
        if (filters.Any)
        {
            // "Is EHCP timeliness red?" asks about one; "is it improving?" asks for its trend.
            if (hasIndicator && !filters.ListWord) return filters.Rag is null && !filters.Exceptions ? Intent.Trend : Intent.Status;
            if (!hasContent || hasIndicator) return Intent.List;
            return Intent.Unknown;
        }
        if (hasIndicator) return Intent.Status;
        if (scope && !hasContent) return Intent.List;
        if (cues.Contains(Intent.Help) || !hasContent) return Intent.Help;
        return Intent.Unknown;
    }
}
