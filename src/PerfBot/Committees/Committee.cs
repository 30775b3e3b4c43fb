namespace PerfBot.Committees;

public sealed record Committee(long Id, string Name, string? Chair, string? ViceChair, IReadOnlyList<string> Members);

public sealed record Meeting(long CommitteeId, DateOnly Date, string? Title, string Origin, string? Source);

public sealed record ForwardPlanItem(long CommitteeId, DateOnly? MeetingDate, string Item, string? Detail, string? Source);

public sealed record StrategicRisk(string Id, string Description, string? Rating, string? Trend, IReadOnlyList<long> LinkedIndicatorIds, string? Source);
