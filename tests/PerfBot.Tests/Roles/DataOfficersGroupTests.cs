using Azure.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Tests.Calendar;
using PerfBot.Tests.Support;
using PerfBot.Tests.Uploads;

namespace PerfBot.Tests.Roles;

/// <summary>Data officers named by an Entra group (Roles:DataOfficersGroup), read with the Graph SDK from a loopback Graph, and remembered.</summary>
public sealed class DataOfficersGroupTests : IAsyncLifetime
{
    private const string Group = "5f1a7c2e-0d4b-4b8e-9e3a-7f6d2c1b0a99";
    private LoopbackGraph _graph = null!;
    private OfficerChat _chat = null!;

    public async Task InitializeAsync()
    {
        _graph = await LoopbackGraph.StartAsync();
        _graph.Respond = (request, _) => Task.FromResult(request.Path.Value == $"/v1.0/groups/{Group}/transitiveMembers/graph.user"
            || request.Path.Value == $"/v1.0/groups/{Group}/transitiveMembers/microsoft.graph.user"
            ? Results.Json(new Dictionary<string, object>
            {
                ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users(id,mail,userPrincipalName)",
                ["value"] = new[] { new { id = OfficerChat.MemberAad, mail = "sam.patel@dorsetcouncil.gov.uk", userPrincipalName = "sam.patel@dorsetcouncil.gov.uk" } },
            })
            : LoopbackGraph.Error(404, "Request_ResourceNotFound", "Resource does not exist."));
        _chat = await OfficerChat.StartAsync([("Roles:DataOfficersGroup", Group), ("Graph:BaseUrl", _graph.BaseUrl.ToString()), ("Graph:MaxRetries", "0")],
            services => services.AddSingleton<TokenCredential>(new LoopbackCredential()));
    }

    public async Task DisposeAsync()
    {
        await _chat.DisposeAsync();
        await _graph.DisposeAsync();
    }

    private const string File = "indicator,period,value\n\"Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks\",Q3 2025/26,31.5\n";

    [Fact]
    public async Task A_member_of_the_group_is_a_data_officer_and_the_group_is_read_once_while_it_is_remembered()
    {
        var first = OfficerChat.CardOf(await _chat.SendFileAsync("q3.csv", File, asMember: true));
        var second = OfficerChat.CardOf(await _chat.SendFileAsync("q3-again.csv", File, asMember: true));

        Assert.Equal(["Import", "Cancel"], OfficerChat.Actions(first).Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(["Import", "Cancel"], OfficerChat.Actions(second).Select(a => a.GetProperty("title").GetString()));
        var read = Assert.Single(_graph.Requests);
        Assert.Contains("transitiveMembers", read.PathAndQuery);
        Assert.Contains("select=id,mail,userPrincipalName", Uri.UnescapeDataString(read.PathAndQuery));
        Assert.Equal("Bearer loopback-token", read.Authorization);
    }

    [Fact]
    public async Task When_graph_fails_nobody_is_a_data_officer_by_the_group_and_the_upload_is_refused()
    {
        _graph.Respond = (_, _) => Task.FromResult(LoopbackGraph.Error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."));

        var reply = await _chat.SendFileAsync("q3.csv", File, asMember: true);

        Assert.StartsWith("Only PerfBot's data officers", OfficerChat.TextOf(reply));
        Assert.Empty(_chat.Files.Requests);
    }
}
