using System.Text.Json;
using PerfBot.Teams;

namespace PerfBot.Tests.Teams;

public class MentionTests
{
    private static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options)!;

    [Fact]
    public void The_bots_mention_is_removed_and_someone_elses_is_kept()
    {
        var activity = Parse("""
            {"type":"message","text":"<at>PerfBot</at> what did <at>Jane Smith</at> ask about DToC?",
             "recipient":{"id":"28:bot","name":"PerfBot"},
             "entities":[
               {"type":"mention","text":"<at>PerfBot</at>","mentioned":{"id":"28:bot","name":"PerfBot"}},
               {"type":"mention","text":"<at>Jane Smith</at>","mentioned":{"id":"29:jane","name":"Jane Smith"}}]}
            """);
        Assert.Equal("what did <at>Jane Smith</at> ask about DToC?", InboundActivity.WithoutBotMention(activity));
    }

    [Fact]
    public void A_mention_by_a_different_display_name_is_removed_by_its_entity()
    {
        var activity = Parse("""
            {"type":"message","text":"<at>Performance Bot</at>   help ",
             "recipient":{"id":"28:bot","name":"PerfBot"},
             "entities":[{"type":"mention","text":"<at>Performance Bot</at>","mentioned":{"id":"28:bot"}}]}
            """);
        Assert.Equal("help", InboundActivity.WithoutBotMention(activity));
    }

    [Fact]
    public void Malformed_entities_are_ignored()
    {
        var activity = Parse("""
            {"type":"message","text":"<at>PerfBot</at> help","recipient":{"id":"28:bot","name":"PerfBot"},
             "entities":[1,"x",null,{"type":"mention"},{"type":"mention","mentioned":"28:bot"},{"type":"mention","mentioned":{"id":"28:bot"},"text":5}]}
            """);
        Assert.Equal("help", InboundActivity.WithoutBotMention(activity));
    }
}
