using PerfBot.Indicators;

namespace PerfBot.Alerts;

/// <summary>One officer's weekly alert: the indicators they follow or own whose RAG changed or that became an exception.</summary>
public sealed record OfficerAlert(string UserId, string? Name, DateOnly AsOf, IReadOnlyList<AlertLine> Lines);

public sealed record AlertLine(
    string Code,
    string Name,
    string Period,
    double? Value,
    double? Target,
    string? Unit,
    Rag? RagBefore,
    Rag? RagNow,
    Direction? Direction,
    bool WasException,
    bool IsException,
    string? Source,
    bool Owned)
{
    public string Question => $"How is {Name} doing?";
}

/// <summary>What an officer last heard about an indicator: alerts report changes from it.</summary>
public sealed record AlertBaseline(long IndicatorId, string? Period, Rag? Rag, bool IsException);

/// <summary>An indicator an officer follows, and why: they asked for it, or they own it.</summary>
public sealed record Watched(IndicatorStatus Status, bool Owned);
