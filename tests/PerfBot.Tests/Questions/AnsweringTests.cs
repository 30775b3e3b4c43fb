using Microsoft.Extensions.DependencyInjection;
using PerfBot.Council;
using PerfBot.Questions;
using PerfBot.Questions.Answering;
using PerfBot.Store;

namespace PerfBot.Tests.Questions;

/// <summary>Each intent has its answerer and answer type; answerers are plain classes over a real store.</summary>
public sealed class AnsweringTests : IDisposable
{
    private readonly TempStore _store = TempStore.WithDemoData();
    private readonly CouncilClock _clock = new(new FakeTimeProvider(DemoStore.Today));

    [Theory]
    [InlineData("foster carers trend", typeof(IndicatorAnswer))]
    [InlineData("whats red in childrens", typeof(ListAnswer))]
    [InlineData("safeguarding target", typeof(DidYouMeanAnswer))]
    [InlineData("safeguarding", typeof(ListAnswer))]
    [InlineData("when is the next meeting?", typeof(MeetingAnswer))]
    [InlineData("help", typeof(HelpAnswer))]
    [InlineData("how many potholes were filled?", typeof(NotHeldAnswer))]
    public void The_dispatcher_picks_the_answerer_for_the_intent(string question, Type expected) =>
        Assert.IsType(expected, new QuestionService(_store.Database, _clock).Ask(question));

    [Fact]
    public void An_answerer_built_by_hand_over_the_store_reads_the_indicator_it_is_asked_about()
    {
        var repository = new IndicatorRepository(_store.Database);
        var index = new QuestionIndexHolder(_store.Database, repository, _clock).Current();
        var understanding = QuestionReader.Read("lac out of area trend", index);

        var answer = new IndicatorAnswerer(repository).Answer(understanding, index, understanding.Chosen!.Entry.Indicator);

        Assert.Equal("lac-placed-out-of-area", answer.Line.Code);
        Assert.Equal(answer.Detail.History[^1].Period.Label, answer.Line.Period);
        Assert.NotNull(answer.Detail.Chart);
        Assert.DoesNotContain("trend lac-placed-out-of-area", answer.Suggestions);
        Assert.Contains("why lac-placed-out-of-area", answer.Suggestions);
    }

    [Fact]
    public void The_help_examples_are_made_from_the_store_and_every_one_of_them_answers()
    {
        var service = new QuestionService(_store.Database, _clock);

        var examples = service.Examples();

        Assert.Equal(examples, Assert.IsType<HelpAnswer>(service.Ask("help")).Suggestions);
        Assert.True(examples.Count >= 3, string.Join(" | ", examples));
        Assert.All(examples, e => Assert.IsNotType<NotHeldAnswer>(service.Ask(e)));
        Assert.All(examples, e => Assert.IsNotType<HelpAnswer>(service.Ask(e)));
    }

    [Fact]
    public void Every_feature_that_asks_questions_may_add_them_and_they_share_one_index()
    {
        var services = new ServiceCollection().AddSingleton(_store.Database).AddQuestions().AddQuestions();

        Assert.Single(services, d => d.ServiceType == typeof(QuestionIndexHolder));
        Assert.Single(services, d => d.ServiceType == typeof(AnswerDispatcher));
        using var provider = services.BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<QuestionService>(), provider.GetRequiredService<QuestionService>());
        Assert.Same(provider.GetRequiredService<QuestionIndexHolder>().Current(), provider.GetRequiredService<QuestionService>().Index);
    }

    public void Dispose() => _store.Dispose();
}
