using PerfBot.Council;
using PerfBot.Questions.Answering;
using PerfBot.Questions.Reading;
using PerfBot.Store;

namespace PerfBot.Questions;

/// <summary>
/// The Questions feature in one call: <see cref="Ask"/> reads a question against the current index snapshot and has the
/// answerer for its intent answer it; <see cref="Understand"/> only reads it. Thread-safe.
/// </summary>
public sealed class QuestionService(QuestionIndexHolder index, AnswerDispatcher answers, ReaderConfig reader)
{
    /// <summary>The feature over one store without a host (the CLI, the benchmarks, tests): the same registrations the host uses.</summary>
    /// <param name="checkEvery">How often to look whether the store changed; see <see cref="QuestionIndexHolder"/>.</param>
    public QuestionService(Database database, CouncilClock clock, TimeSpan? checkEvery = null) : this(Standalone(database, clock, checkEvery))
    {
    }

    private QuestionService(IServiceProvider services) : this(services.GetRequiredService<QuestionIndexHolder>(),
        services.GetRequiredService<AnswerDispatcher>(), services.GetRequiredService<ReaderConfig>())
    {
    }

    public QuestionIndex Index => index.Current();

    /// <summary>Rebuilds the snapshot now rather than at the next look at the store.</summary>
    public QuestionIndex Refresh() => index.Refresh();

    /// <summary>Only the understanding, without reading any figures: for "--explain", the accuracy measure and finding an indicator by name.</summary>
    public Understanding Understand(string question) => QuestionReader.Read(question, index.Current(), reader);

    public Answer Ask(string question)
    {
        var current = index.Current();
        return answers.Answer(QuestionReader.Read(question, current, reader), current);
    }

    /// <summary>Example questions made from the store, so they always answer: what help offers, for a help card to list.</summary>
    public IReadOnlyList<string> Examples() => HelpAnswerer.Examples(index.Current());

    private static ServiceProvider Standalone(Database database, CouncilClock clock, TimeSpan? checkEvery)
    {
        var services = new ServiceCollection().AddSingleton(database).AddSingleton(clock);
        services.AddSingleton(provider => new QuestionIndexHolder(database, provider.GetRequiredService<IndicatorRepository>(), clock, checkEvery));
        return services.AddQuestions().BuildServiceProvider();
    }
}
