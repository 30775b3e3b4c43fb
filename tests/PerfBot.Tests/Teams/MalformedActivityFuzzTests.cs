using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PerfBot.Tests.Support;
using Xunit.Abstractions;

namespace PerfBot.Tests.Teams;

/// <summary>
/// A bounded fuzz loop: thousands of activities mutated from real Teams shapes (fields removed, retyped, oversized,
/// bytes cut or flipped) must each get a 2xx or 4xx, never a 5xx or a dropped connection.
/// </summary>
public class MalformedActivityFuzzTests(ITestOutputHelper output)
{
    private const int Iterations = 3000;
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Mutated_activities_never_cause_a_server_error()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var bot = await BotUnderTest.StartAsync(settings: [("Bot:TurnBudget", "00:00:00.020"), ("Bot:Retry:MaxRetries", "0")]);
        var seeds = Seeds(connector.ServiceUrl);
        var random = new Random(20261123);
        var statuses = new Dictionary<int, int>();
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < Iterations && clock.Elapsed < TimeLimit; i++)
        {
            var body = Mutate(seeds[random.Next(seeds.Count)].DeepClone(), random);
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await bot.Http.PostAsync("api/messages", content);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status < 500, $"iteration {i} got {status} for: {Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 2000)]}");
        }

        output.WriteLine($"{statuses.Values.Sum()} requests in {clock.Elapsed.TotalSeconds:F1} s: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.Equal(Iterations, statuses.Values.Sum());
        Assert.True(statuses.Keys.Any(s => s is >= 200 and < 300), "some mutations should still be valid activities");
        Assert.True(statuses.Keys.Any(s => s is >= 400 and < 500), "some mutations should be refused");
    }

    private static List<JsonNode> Seeds(string serviceUrl)
    {
        var submit = TeamsActivities.PersonalMessage(serviceUrl, "");
        submit["value"] = new JsonObject { ["ask"] = "help" };
        var invoke = TeamsActivities.PersonalMessage(serviceUrl, "");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "ask", ["data"] = new JsonObject { ["ask"] = "help" } } };
        return
        [
            TeamsActivities.PersonalMessage(serviceUrl, "help"),
            TeamsActivities.ChannelMessage(serviceUrl, "link committee people"),
            submit,
            invoke,
            TeamsActivities.BotInstalledInTeam(serviceUrl),
            TeamsActivities.PersonalInstallation(serviceUrl, "add"),
        ];
    }

    private static byte[] Mutate(JsonNode activity, Random random)
    {
        for (var n = random.Next(1, 4); n > 0; n--) MutateTree(activity, random);
        var bytes = Encoding.UTF8.GetBytes(activity.ToJsonString());
        switch (random.Next(10))
        {
            case 0: return bytes[..random.Next(bytes.Length)]; // cut short
            case 1:
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256); // one byte flipped, maybe invalid UTF-8
                return bytes;
            case 2: return [.. bytes, .. Encoding.UTF8.GetBytes("}{\"x\":")]; // trailing garbage
            default: return bytes;
        }
    }

    private static void MutateTree(JsonNode root, Random random)
    {
        var containers = new List<JsonNode>();
        Collect(root, containers);
        var target = containers[random.Next(containers.Count)];
        switch (target)
        {
            case JsonObject obj when obj.Count > 0:
                var key = obj.ElementAt(random.Next(obj.Count)).Key;
                if (random.Next(3) == 0) obj.Remove(key);
                else obj[key] = RandomValue(random);
                break;
            case JsonArray array when array.Count > 0:
                array[random.Next(array.Count)] = RandomValue(random);
                break;
            case JsonObject obj:
                obj["extra"] = RandomValue(random);
                break;
            case JsonArray array:
                array.Add(RandomValue(random));
                break;
        }
    }

    private static void Collect(JsonNode node, List<JsonNode> containers)
    {
        containers.Add(node);
        var children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children)
            if (child is JsonObject or JsonArray) Collect(child, containers);
    }

    private static JsonNode? RandomValue(Random random) => random.Next(16) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        3 => JsonValue.Create(-1.7976931348623157E+308),
        4 => JsonValue.Create(""),
        5 => JsonValue.Create(new string('x', random.Next(1, 20_000))),
        6 => JsonValue.Create("<at>PerfBot</at>"),
        7 => new JsonObject(),
        8 => new JsonArray(JsonValue.Create(1), JsonValue.Create("a"), null),
        9 => Deep(random.Next(10, 80)),
        10 => JsonValue.Create("message"),
        11 => JsonValue.Create("invoke"),
        12 => JsonValue.Create("http://127.0.0.1:1/"),
        13 => JsonValue.Create("not a url"),
        14 => JsonValue.Create("\u0000\ud7ff\u202e"),
        _ => JsonValue.Create(Guid.NewGuid().ToString()),
    };

    private static JsonNode Deep(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++) node = new JsonObject { ["a"] = node };
        return node;
    }
}
