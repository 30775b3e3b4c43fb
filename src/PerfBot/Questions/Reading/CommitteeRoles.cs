namespace PerfBot.Questions.Reading;

/// <summary>Which part of a committee a question asks about, from the committee cue words it used.</summary>
internal static class CommitteeRoles
{
    public static CommitteeRole Of(IReadOnlyList<string> cues)
    {
        if (cues.Any(c => c.StartsWith("vice", StringComparison.Ordinal) || c.StartsWith("deputy", StringComparison.Ordinal))) return CommitteeRole.ViceChair;
        if (cues.Any(c => c.StartsWith("chair", StringComparison.Ordinal))) return CommitteeRole.Chair;
        if (cues.Any(c => c.StartsWith("member", StringComparison.Ordinal) || c.Contains(" on", StringComparison.Ordinal) || c.StartsWith("sit", StringComparison.Ordinal)
                          || c.StartsWith("councillor", StringComparison.Ordinal) || c.StartsWith("cllrs", StringComparison.Ordinal) || c.EndsWith(" else", StringComparison.Ordinal)))
            return CommitteeRole.Members;
        return CommitteeRole.Overview;
    }
}
