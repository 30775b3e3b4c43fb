using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;

namespace PerfBot.Store.Import;

/// <summary>Committees (chair, members, meeting dates, forward plan) and strategic risks, kept as JSON files.</summary>
public static class CommitteeFile
{
    public sealed record CommitteeEntry(
        string Name, string? Chair, string? ViceChair, List<string>? Members, List<MeetingEntry>? Meetings,
        List<ForwardPlanEntry>? ForwardPlan, string? Source);

    public sealed record MeetingEntry(DateOnly Date, string? Title, string? Source);

    public sealed record ForwardPlanEntry(DateOnly? MeetingDate, string Item, string? Detail, string? Source);

    public sealed record RiskEntry(string Id, string Description, string? Rating, string? Trend, List<string>? LinkedIndicators, List<string>? Committees, string? Source);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };

    /// <summary>The file is the truth for each committee it names: members, store-kept meetings and forward plan are replaced.</summary>
    public static int ImportCommittees(Database database, string path)
    {
        var entries = Read<CommitteeEntry>(path);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var c in entries)
        {
            var id = connection.ExecuteScalar<long>("""
                INSERT INTO committees (name, chair, vice_chair, source) VALUES (@Name, @Chair, @ViceChair, @Source)
                ON CONFLICT (name) DO UPDATE SET chair = excluded.chair, vice_chair = excluded.vice_chair, source = excluded.source
                RETURNING id
                """, new { c.Name, c.Chair, c.ViceChair, c.Source }, transaction);
            connection.Execute("DELETE FROM committee_members WHERE committee_id = @id", new { id }, transaction);
            foreach (var member in (c.Members ?? []).Distinct())
                connection.Execute("INSERT INTO committee_members (committee_id, name, role) VALUES (@id, @member, @role)",
                    new { id, member, role = member == c.Chair ? "chair" : member == c.ViceChair ? "vice-chair" : "member" }, transaction);
            connection.Execute("DELETE FROM meetings WHERE committee_id = @id AND origin = 'store'", new { id }, transaction);
            foreach (var m in c.Meetings ?? [])
                connection.Execute("""
                    INSERT INTO meetings (committee_id, meeting_date, title, origin, source) VALUES (@id, @Date, @Title, 'store', @Source)
                    ON CONFLICT (committee_id, meeting_date) DO NOTHING
                    """, new { id, Date = StoredDate.Of(m.Date), m.Title, m.Source }, transaction);
            connection.Execute("DELETE FROM forward_plan_items WHERE committee_id = @id", new { id }, transaction);
            foreach (var f in c.ForwardPlan ?? [])
                connection.Execute("INSERT INTO forward_plan_items (committee_id, meeting_date, item, detail, source) VALUES (@id, @MeetingDate, @Item, @Detail, @Source)",
                    new { id, MeetingDate = StoredDate.Of(f.MeetingDate), f.Item, f.Detail, f.Source }, transaction);
        }
        StoreVersion.Bump(connection, transaction);
        transaction.Commit();
        return entries.Count;
    }

    public static int ImportRisks(Database database, string path)
    {
        var entries = Read<RiskEntry>(path);
        var file = Path.GetFileName(path);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var problems = new List<ImportProblem>();
        foreach (var r in entries)
        {
            connection.Execute("""
                INSERT INTO strategic_risks (id, description, rating, trend, source) VALUES (@Id, @Description, @Rating, @Trend, @Source)
                ON CONFLICT (id) DO UPDATE SET description = excluded.description, rating = excluded.rating, trend = excluded.trend, source = excluded.source
                """, r, transaction);
            connection.Execute("DELETE FROM risk_indicators WHERE risk_id = @Id", r, transaction);
            connection.Execute("DELETE FROM risk_committees WHERE risk_id = @Id", r, transaction);
            foreach (var code in r.LinkedIndicators ?? [])
                if (connection.Execute("INSERT INTO risk_indicators (risk_id, indicator_id) SELECT @Id, id FROM indicators WHERE code = @code", new { r.Id, code }, transaction) == 0)
                    problems.Add(new ImportProblem(file, $"risk {ImportProblem.Shown(r.Id)} links an indicator code that is not in the store.", Field: "linked_indicators", Value: code));
            foreach (var name in r.Committees ?? [])
                if (connection.Execute("INSERT INTO risk_committees (risk_id, committee_id) SELECT @Id, id FROM committees WHERE name = @name", new { r.Id, name }, transaction) == 0)
                    problems.Add(new ImportProblem(file, $"risk {ImportProblem.Shown(r.Id)} names a committee that is not in the store.", Field: "committees", Value: name));
        }
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        StoreVersion.Bump(connection, transaction);
        transaction.Commit();
        return entries.Count;
    }

    private static List<T> Read<T>(string path)
    {
        var file = Path.GetFileName(path);
        try
        {
            return JsonSerializer.Deserialize<List<T>>(File.ReadAllText(path), Json)
                   ?? throw new ImportRefusedException([new ImportProblem(file, "the file holds null; expected a JSON array.")]);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            throw new ImportRefusedException([new ImportProblem(file, $"is not valid: {where} {e.Path}: {e.Message}")]);
        }
    }
}
