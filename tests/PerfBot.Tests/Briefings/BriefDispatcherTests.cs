using PerfBot.Links;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Briefings;
using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Tests.Digests;

namespace PerfBot.Tests.Briefings;

/// <summary>Scheduled sending: on the day, to the chair, the people the committee names and the channel, once, through the outbox; failures retried on the next run.</summary>
public sealed class BriefDispatcherTests : IDisposable
{
    private const string Chair = "11111111-2222-3333-4444-555555555555";
    private const string Channel = "19:ph@thread.tacv2";
    private readonly DemoStore store = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 13, 7, 0, 0, TimeSpan.Zero));
    private readonly RecordingDelivery delivery = new();
    private readonly ServiceProvider services;
    private BriefDispatcher Dispatcher => services.GetRequiredService<BriefDispatcher>();

    public BriefDispatcherTests()
    {
        new CommitteeBriefingSettingsStore(store.Database).Save(new CommitteeBriefingSettings(store.PeopleAndHealth.Id, ChairAadObjectId: Chair, PostToChannel: true));
        services = new ServiceCollection()
            .AddSingleton<ICommitteeChannels>(new FixedChannels(Channel))
            .AddBriefingsOver(store.Database, clock, delivery)
            .Configure<PublicAddress>(o => o.BaseUrl = new Uri("https://perfbot.example.gov.uk"))
            .BuildServiceProvider();
    }

    public void Dispose()
    {
        services.Dispose();
        store.Dispose();
    }

    [Fact]
    public async Task Nothing_is_due_the_day_before()
    {
        Assert.Empty(await Dispatcher.SendDueAsync(CancellationToken.None));
        Assert.Empty(delivery.Sent);
    }

    [Fact]
    public async Task On_the_day_the_chair_gets_it_with_a_link_and_the_channel_without_one_and_a_second_run_sends_nothing()
    {
        clock.SetUtcNow(new DateTimeOffset(2026, 1, 14, 7, 0, 0, TimeSpan.Zero));

        var first = await Dispatcher.SendDueAsync(CancellationToken.None);
        var again = await Dispatcher.SendDueAsync(CancellationToken.None);

        Assert.Equal((new DateOnly(2026, 1, 21), 2, 0), (first.Single().Meeting, first.Single().Sent, first.Single().Failed));
        Assert.Equal(0, again.Single().Sent);
        Assert.Equal(first.Single().BriefId, again.Single().BriefId);
        var sent = delivery.Sent.ToList();
        Assert.Equal([Chair, Channel], sent.Select(s => s.To));
        var (brief, chairsLink) = RecordingDelivery.BriefOf(services, sent[0].Message);
        Assert.NotNull(chairsLink);
        Assert.Null(RecordingDelivery.BriefOf(services, sent[1].Message).Link);
        Assert.Equal(new DateOnly(2026, 1, 14), brief.ComposedOn);
        Assert.All(services.GetRequiredService<Outbox>().About(first.Single().BriefId), m => Assert.StartsWith("activity-", m.ActivityId));
    }

    [Fact]
    public async Task The_people_the_committee_names_get_it_too_by_id_or_by_an_email_perfbot_has_met()
    {
        var recipients = services.GetRequiredService<BriefingRecipients>();
        recipients.Add(store.PeopleAndHealth.Id, "named-oid");
        recipients.Add(store.PeopleAndHealth.Id, "Met.Member@example.gov.uk");
        recipients.Add(store.PeopleAndHealth.Id, "stranger@example.gov.uk");
        using (var connection = store.Database.Open())
            Dapper.SqlMapper.Execute(connection, "INSERT INTO people (aad_object_id, name, email, seen_at) VALUES ('met-oid', 'Cllr Met', 'met.member@example.gov.uk', '2026-01-01T00:00:00+00:00')");
        clock.SetUtcNow(new DateTimeOffset(2026, 1, 14, 7, 0, 0, TimeSpan.Zero));

        var outcome = (await Dispatcher.SendDueAsync(CancellationToken.None)).Single();

        Assert.Equal(4, outcome.Sent);
        Assert.Equal([Chair, "met-oid", "named-oid", Channel], delivery.Sent.Select(s => s.To));
        Assert.All(delivery.Sent.Take(3), s => Assert.Contains($"for={s.To}", RecordingDelivery.BriefOf(services, s.Message).Link!.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_send_stays_addressed_but_unsent_and_is_tried_again_on_the_next_run_before_the_meeting()
    {
        clock.SetUtcNow(new DateTimeOffset(2026, 1, 14, 7, 0, 0, TimeSpan.Zero));
        delivery.Fail = true;
        var failed = (await Dispatcher.SendDueAsync(CancellationToken.None)).Single();
        Assert.Equal(2, failed.Failed);
        Assert.All(services.GetRequiredService<Outbox>().About(failed.BriefId), m => Assert.Null(m.SentAt));

        delivery.Fail = false;
        clock.SetUtcNow(clock.GetUtcNow().AddDays(1));
        var retry = (await Dispatcher.SendDueAsync(CancellationToken.None)).Single();

        Assert.Equal(2, retry.Sent);
        // Still the brief composed as of 14 January: the same figures the first attempt would have sent.
        Assert.Equal(new DateOnly(2026, 1, 14), RecordingDelivery.BriefOf(services, delivery.Sent.First().Message).Brief.ComposedOn);
    }

    [Fact]
    public async Task A_brief_is_never_sent_on_or_after_the_meeting_day()
    {
        clock.SetUtcNow(new DateTimeOffset(2026, 1, 21, 7, 0, 0, TimeSpan.Zero));
        Assert.Empty(await Dispatcher.SendDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_person_who_asks_gets_the_next_meetings_brief_as_of_today_with_their_own_link_and_again_when_they_ask_again()
    {
        clock.AdjustTime(new DateTimeOffset(2026, 1, 9, 12, 0, 0, TimeSpan.Zero));
        var request = (await Dispatcher.SendRequestedAsync(store.PeopleAndHealth, "asker-oid", "tenant", CancellationToken.None))!;
        var again = (await Dispatcher.SendRequestedAsync(store.PeopleAndHealth, "asker-oid", "tenant", CancellationToken.None))!;

        Assert.True(request.Sent && again.Sent);
        Assert.Equal((new DateOnly(2026, 1, 21), new DateOnly(2026, 1, 9)), (request.Message.Brief.Meeting, request.Message.Brief.ComposedOn));
        Assert.Contains("for=asker-oid", request.Message.DocumentLink!.Query, StringComparison.Ordinal);
        Assert.Equal(["asker-oid", "asker-oid"], delivery.Sent.Select(s => s.To));
        // The same figures asked for twice are one kept brief, not two copies.
        Assert.Equal(request.Message.BriefId, again.Message.BriefId);
    }

    [Fact]
    public async Task A_requested_brief_that_cannot_be_sent_is_not_marked_sent()
    {
        clock.AdjustTime(new DateTimeOffset(2026, 1, 9, 12, 0, 0, TimeSpan.Zero));
        delivery.Fail = true;
        var request = (await Dispatcher.SendRequestedAsync(store.PeopleAndHealth, "asker-oid", "tenant", CancellationToken.None))!;

        Assert.False(request.Sent);
        var row = Assert.Single(services.GetRequiredService<Outbox>().About(request.Message.BriefId));
        Assert.Null(row.SentAt);
        Assert.Equal("asker-oid", row.PersonAadObjectId);
    }
}
