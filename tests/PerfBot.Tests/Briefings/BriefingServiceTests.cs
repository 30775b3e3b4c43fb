using PerfBot.Council;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PerfBot.Briefings;

namespace PerfBot.Tests.Briefings;

/// <summary>Scheduled sending: on the day, to the chair and the channel, once; failures retried on the next run.</summary>
public sealed class BriefingServiceTests : IDisposable
{
    private const string Chair = "11111111-2222-3333-4444-555555555555";
    private readonly DemoStore store = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 13, 7, 0, 0, TimeSpan.Zero));
    private readonly RecordingDelivery delivery = new();
    private readonly BriefingService service;

    public BriefingServiceTests()
    {
        new BriefingSettingsStore(store.Database).Save(new BriefingSettings(store.PeopleAndHealth.Id, ChairAadObjectId: Chair, PostToChannel: true));
        var options = Options.Create(new BriefingOptions { PublicBaseUrl = new Uri("https://perfbot.example.gov.uk") });
        service = new BriefingService(new BriefSource(store.Database), new BriefStore(store.Database, clock), new BriefingSettingsStore(store.Database),
            new BriefLinkSigner(new byte[32], clock), options, delivery, new CouncilClock(clock), NullLogger<BriefingService>.Instance);
    }

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Nothing_is_due_the_day_before()
    {
        Assert.Empty(await service.SendDueAsync(CancellationToken.None));
        Assert.Empty(delivery.Sent);
    }

    [Fact]
    public async Task On_the_day_the_chair_gets_it_with_a_link_and_the_channel_without_one_and_a_second_run_sends_nothing()
    {
        clock.SetUtcNow(new DateTimeOffset(2026, 1, 14, 7, 0, 0, TimeSpan.Zero));

        var first = await service.SendDueAsync(CancellationToken.None);
        var again = await service.SendDueAsync(CancellationToken.None);

        Assert.Equal((new DateOnly(2026, 1, 21), 2, 0), (first.Single().Meeting, first.Single().Sent, first.Single().Failed));
        Assert.Equal(0, again.Single().Sent);
        Assert.Equal(first.Single().BriefId, again.Single().BriefId);
        var sent = delivery.Sent.ToList();
        Assert.Equal([Chair, $"committee:{store.PeopleAndHealth.Id}"], sent.Select(s => s.To));
        Assert.NotNull(sent[0].Message.DocumentLink);
        Assert.Null(sent[1].Message.DocumentLink);
        Assert.Equal(new DateOnly(2026, 1, 14), sent[0].Message.Brief.ComposedOn);
    }

    [Fact]
    public async Task A_failed_send_is_tried_again_on_the_next_run_before_the_meeting()
    {
        clock.SetUtcNow(new DateTimeOffset(2026, 1, 14, 7, 0, 0, TimeSpan.Zero));
        delivery.Fail = true;
        Assert.Equal(2, (await service.SendDueAsync(CancellationToken.None)).Single().Failed);

        delivery.Fail = false;
        clock.SetUtcNow(clock.GetUtcNow().AddDays(1));
        var retry = (await service.SendDueAsync(CancellationToken.None)).Single();

        Assert.Equal(2, retry.Sent);
        // Still the brief composed as of 14 January: the same figures the first attempt would have sent.
        Assert.Equal(new DateOnly(2026, 1, 14), delivery.Sent.First().Message.Brief.ComposedOn);
    }

    [Fact]
    public async Task A_brief_is_never_sent_on_or_after_the_meeting_day()
    {
        clock.SetUtcNow(new DateTimeOffset(2026, 1, 21, 7, 0, 0, TimeSpan.Zero));
        Assert.Empty(await service.SendDueAsync(CancellationToken.None));
    }

    [Fact]
    public void A_person_who_asks_gets_the_next_meetings_brief_as_of_today_with_their_own_link()
    {
        clock.AdjustTime(new DateTimeOffset(2026, 1, 9, 12, 0, 0, TimeSpan.Zero));
        var message = service.ForRequest(store.PeopleAndHealth, "asker-oid")!;
        Assert.Equal((new DateOnly(2026, 1, 21), new DateOnly(2026, 1, 9)), (message.Brief.Meeting, message.Brief.ComposedOn));
        Assert.Contains("for=asker-oid", message.DocumentLink!.Query, StringComparison.Ordinal);
    }
}
