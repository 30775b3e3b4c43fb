namespace PerfBot.Questions.Reading;

/// <summary>What the question asks for, from the cues, filters and scope found and whether an indicator was found.</summary>
internal static class IntentStage
{
    /// <summary>The intents about one indicator, in the order their cues win when several appear.</summary>
    private static readonly Intent[] AboutOne = [Intent.Why, Intent.Actions, Intent.Compare, Intent.Owner, Intent.Target, Intent.Trend];

    /// <summary>The intents about a committee, in the order their cues win: "what's on the agenda at the next meeting" is the forward plan.</summary>
    private static readonly Intent[] AboutCommittee = [Intent.Prepare, Intent.ForwardPlan, Intent.Meeting, Intent.Committee];

    /// <param name="Scope">A service area or committee was named.</param>
    /// <param name="HasIndicator">An indicator was chosen, or a few offered as "Did you mean…".</param>
    /// <param name="HasContent">Words are left beyond the scope, filters and cues: something to name an indicator.</param>
    /// <param name="Topic">Several indicators hold every word asked about, none named outright.</param>
    /// <param name="Members">Committee members were named.</param>
    /// <param name="ListCommand">The question says "list".</param>
    /// <param name="CommitteeDay">"Committee" said with a day ("is there a committee on 21 jan?"): a meeting.</param>
    /// <param name="Offered">No indicator chosen, a few offered as "Did you mean…".</param>
    public sealed record Signals(IReadOnlySet<Intent> Cues, Filters Filters, bool Scope, bool HasIndicator, bool HasContent, bool Topic, bool Members, bool ListCommand,
        bool CommitteeDay = false, bool Offered = false);

    public static Intent Decide(Signals s)
    {
        var (cues, filters) = (s.Cues, s.Filters);
        foreach (var committee in AboutCommittee)
            if (cues.Contains(committee))
                // "Which committee looks at children in care?" names an indicator; "when is fostering coming to committee?" a subject.
                return committee;
        if (s.Members) return Intent.Committee;
        if (s.CommitteeDay) return Intent.Meeting;
        // "What's red in children's services": a scope and filters, a list; the scope alone, everything in it.
        if (s.Scope && !s.HasContent) return filters.Any || s.ListCommand ? Intent.List : Intent.Topic;
        foreach (var aboutOne in AboutOne)
        {
            if (!cues.Contains(aboutOne)) continue;
            if (s.HasIndicator && !(filters.Benchmark is not null && s.Topic)) return aboutOne;
            return (filters.Any || s.Scope) && !s.HasContent ? Intent.List : s.Topic && filters.Any ? Intent.List : Intent.Unknown;
        }
        if (filters.Any)
        {
            // "Is EHCP timeliness red?" asks about one; "is it improving?" asks for its trend; "what's red in safeguarding?" lists a topic.
            if (s.Topic && (filters.ListWord || filters.Benchmark is not null)) return Intent.List;
            if (s.HasIndicator && filters.Benchmark is not null && !filters.ListWord) return Intent.Compare;
            if (s.HasIndicator && !filters.ListWord) return filters.Rag is null && !filters.Exceptions ? Intent.Trend : Intent.Status;
            // "Which is worse, A or B?": a list by the filter alone would drop the words naming the indicators offered.
            if (s.Offered && s.HasContent && !s.Topic && filters.Benchmark is null) return Intent.Status;
            if (!s.HasContent || s.HasIndicator || s.Topic) return Intent.List;
            return Intent.Unknown;
        }
        if (s.Topic) return Intent.Topic;
        if (s.HasIndicator) return Intent.Status;
        if (cues.Contains(Intent.Help) || !s.HasContent) return Intent.Help;
        return Intent.Unknown;
    }
}
