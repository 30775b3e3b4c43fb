using PerfBot.Indicators;

namespace PerfBot.Digests;

/// <summary>
/// A committee's weekly digest: its current exceptions grouped by service area, what changed since the last digest,
/// and the indicators whose data is overdue. Every figure carries its period and source.
/// </summary>
public sealed record Digest(
    long CommitteeId,
    string Committee,
    DateOnly AsOf,
    string? LatestPeriod,
    IReadOnlyList<DigestArea> Areas,
    IReadOnlyList<DigestDeparture> LeftTheList,
    IReadOnlyList<DigestOverdue> Overdue,
    int OnTrack,
    DateOnly? PreviousAsOf,
    IReadOnlyList<DigestCorrection>? Corrections = null)
{
    public IEnumerable<DigestLine> Exceptions => Areas.SelectMany(a => a.Lines);

    public bool HasExceptions => Areas.Count > 0;

    /// <summary>What the next digest compares itself with.</summary>
    public DigestSnapshot Snapshot() => new(AsOf, Exceptions.Select(l => new SnapshotEntry(l.Code, l.Name, l.Rag)).ToList());
}

/// <summary>One service area's exceptions, in the order the reports list them: red first, then amber and worsening.</summary>
public sealed record DigestArea(string ServiceArea, IReadOnlyList<DigestLine> Lines);

/// <summary>An exception: Red, or Amber and Worsening, at the indicator's newest period.</summary>
public sealed record DigestLine(
    string Code,
    string Name,
    string ServiceArea,
    string Period,
    double? Value,
    double? Target,
    string? Unit,
    Rag Rag,
    Direction? Direction,
    string? Source,
    DigestChange? Change,
    DigestCommentary? Commentary = null)
{
    /// <summary>The question the line's button asks the bot.</summary>
    public string Question => $"How is {Name} doing?";
}

/// <summary>Commentary an owner or data officer wrote in Teams for the figure shown, with "Commentary by … on …".</summary>
public sealed record DigestCommentary(string Text, string By);

/// <summary>
/// A figure the committee had been sent (in a digest or a brief) that an import has corrected since the last digest:
/// named in the next one, so members never work from a figure that quietly changed.
/// </summary>
public sealed record DigestCorrection(string Code, string Name, string Period, string Field, string Was, string Now, DateOnly CorrectedOn,
    string? CorrectedBy, string? FromFile);

/// <summary>How an exception compares with the last digest. Null on a committee's first digest: nothing to compare with.</summary>
public enum DigestChange
{
    /// <summary>On the last digest too, with the same RAG or better.</summary>
    StillListed,
    /// <summary>Red now; not on the last digest, or amber there.</summary>
    NewlyRed,
    /// <summary>Amber and worsening now, and not on the last digest.</summary>
    NewlyException,
}

/// <summary>An indicator on the last digest that is not on this one.</summary>
public sealed record DigestDeparture(string Code, string Name, DepartureReason Reason, Rag? RagNow, string? PeriodNow);

public enum DepartureReason
{
    /// <summary>Current data that is no longer Red, nor Amber and Worsening.</summary>
    Recovered,
    /// <summary>Its data is now overdue, or it no longer belongs to the committee: not current, so not listed.</summary>
    OffTheList,
}

/// <summary>An indicator whose newest data is too old to count as current, with the latest period the store holds.</summary>
public sealed record DigestOverdue(string Code, string Name, string ServiceArea, string? LatestPeriod);

/// <summary>What a digest listed, kept with it so the next one can say what changed.</summary>
public sealed record DigestSnapshot(DateOnly AsOf, IReadOnlyList<SnapshotEntry> Exceptions);

public sealed record SnapshotEntry(string Code, string Name, Rag Rag);
