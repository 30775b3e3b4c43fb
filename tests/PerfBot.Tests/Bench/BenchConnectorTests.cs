using System.Net;
using System.Text;
using PerfBot.Bench;

namespace PerfBot.Tests.Bench;

/// <summary>
/// The benchmark's loopback Bot Connector, spoken to over HTTP as `perfbot serve` speaks to it: a reply Teams would show
/// as the answer completes its question; any other reply fails it, so the end-to-end figure counts only real answers.
/// </summary>
public class BenchConnectorTests
{
    private const string Chat = "a:member-7";

    [Fact]
    public async Task A_message_replying_to_the_question_in_its_chat_completes_it_with_its_json()
    {
        await using var connector = await BenchConnector.StartAsync();
        var reply = connector.Expect("q-1");

        var posted = await PostAsync(connector, "q-1", $$"""{"type":"message","replyToId":"q-1","conversation":{"id":"{{Chat}}"},"text":"Foster carers: 212"}""");

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Contains("\"id\":\"reply-", await posted.Content.ReadAsStringAsync());
        var (ms, body) = await reply.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(ms >= 0);
        Assert.Contains("Foster carers: 212", body);
    }

    [Fact]
    public async Task A_card_without_text_is_an_answer_and_its_json_is_dropped_when_not_wanted()
    {
        await using var connector = await BenchConnector.StartAsync();
        var reply = connector.Expect("q-2", keepBody: false);

        await PostAsync(connector, "q-2", $$"""{"type":"message","replyToId":"q-2","conversation":{"id":"{{Chat}}"},"attachments":[{"contentType":"application/vnd.microsoft.card.adaptive"}]}""");

        Assert.Equal("", (await reply.WaitAsync(TimeSpan.FromSeconds(10))).Body);
    }

    [Theory]
    [InlineData("""{"type":"typing","replyToId":"q-3","conversation":{"id":"a:member-7"},"text":"x"}""", "is not a message")]
    [InlineData("""{"type":"message","replyToId":"q-4","conversation":{"id":"a:member-7"},"text":"x"}""", "does not name the question")]
    [InlineData("""{"type":"message","replyToId":"q-3","conversation":{"id":"a:member-8"},"text":"x"}""", "not in the question's conversation")]
    [InlineData("""{"type":"message","replyToId":"q-3","conversation":{"id":"a:member-7"},"text":""}""", "neither text nor an attachment")]
    public async Task Any_other_reply_fails_its_question_saying_what_was_wrong(string json, string wrong)
    {
        await using var connector = await BenchConnector.StartAsync();
        var reply = connector.Expect("q-3");

        await PostAsync(connector, "q-3", json);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => reply.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("q-3", failure.Message);
        Assert.Contains(wrong, failure.Message);
    }

    [Fact]
    public async Task A_second_reply_to_an_answered_question_is_counted()
    {
        await using var connector = await BenchConnector.StartAsync();
        var reply = connector.Expect("q-5");
        var json = $$"""{"type":"message","replyToId":"q-5","conversation":{"id":"{{Chat}}"},"text":"once"}""";

        await PostAsync(connector, "q-5", json);
        await reply.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, connector.Duplicates);
        await PostAsync(connector, "q-5", json);

        Assert.Equal(1, connector.Duplicates);
    }

    /// <summary>As ConnectorClient calls it: the conversation id escaped into the path under the tenant's serviceUrl.</summary>
    private static async Task<HttpResponseMessage> PostAsync(BenchConnector connector, string replyTo, string json)
    {
        using var http = new HttpClient();
        var url = $"{connector.ServiceUrl("tenant-7")}v3/conversations/{Uri.EscapeDataString(Chat)}/activities/{Uri.EscapeDataString(replyTo)}";
        return await http.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));
    }
}
