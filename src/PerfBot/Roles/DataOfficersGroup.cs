using Microsoft.Extensions.Options;
using PerfBot.Graph;

namespace PerfBot.Roles;

/// <summary>
/// The members of Roles:DataOfficersGroup, transitively (members of nested groups count), read with Microsoft Graph
/// (GET /groups/{id}/transitiveMembers/microsoft.graph.user, GroupMember.Read.All) and remembered for
/// Roles:GroupCacheLifetime. When Graph fails the last members read are used, and none before the first read.
/// </summary>
public sealed class DataOfficersGroup(IOptions<RolesOptions> options, GraphClients graph, TimeProvider clock, ILogger<DataOfficersGroup> log)
{
    public sealed record Member(string Id, string? Mail, string? UserPrincipalName);

    private readonly SemaphoreSlim _reading = new(1, 1);
    private IReadOnlyList<Member> _members = [];
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.DataOfficersGroup);

    /// <summary>The members as last read, without reading again.</summary>
    public IReadOnlyList<Member> LastRead => _members;

    public async Task<IReadOnlyList<Member>> MembersAsync(CancellationToken cancellationToken)
    {
        if (!IsConfigured) return [];
        if (clock.GetUtcNow() - _readAt < options.Value.GroupCacheLifetime) return _members;
        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (clock.GetUtcNow() - _readAt < options.Value.GroupCacheLifetime) return _members;
            _members = await ReadAsync(options.Value.DataOfficersGroup!, cancellationToken);
            _readAt = clock.GetUtcNow();
            log.LogInformation("Data officers' group {Group}: {Count} member(s)", options.Value.DataOfficersGroup, _members.Count);
        }
        catch (Exception e) when (GraphFailures.IsGraphFailure(e, cancellationToken) || e is InvalidOperationException)
        {
            log.LogWarning(e, "Could not read the data officers' group {Group} from Microsoft Graph ({Error}); using the {Count} member(s) last read",
                options.Value.DataOfficersGroup, GraphFailures.Describe(e), _members.Count);
        }
        finally
        {
            _reading.Release();
        }
        return _members;
    }

    private async Task<IReadOnlyList<Member>> ReadAsync(string groupId, CancellationToken cancellationToken)
    {
        var client = graph.Create();
        var members = new List<Member>();
        var page = await client.Groups[groupId].TransitiveMembers.GraphUser.GetAsync(c =>
        {
            c.QueryParameters.Select = ["id", "mail", "userPrincipalName"];
            c.QueryParameters.Top = 999;
            c.Options.Add(graph.Retry);
        }, cancellationToken);
        while (page is not null)
        {
            members.AddRange((page.Value ?? []).Where(u => u.Id is not null).Select(u => new Member(u.Id!, u.Mail, u.UserPrincipalName)));
            if (page.OdataNextLink is not { } next) break;
            page = await client.Groups[groupId].TransitiveMembers.GraphUser.WithUrl(next).GetAsync(c => c.Options.Add(graph.Retry), cancellationToken);
        }
        return members;
    }
}
