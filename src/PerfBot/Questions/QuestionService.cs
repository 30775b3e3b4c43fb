using PerfBot.Council;
using PerfBot.Questions.Conversing;
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
    /// <summary>The sentence-embedding fallback, when configured: asked only when no word of a question found an indicator.</summary>
    public Meaning.IMeaningFallback? Meaning { get; init; }

    /// <summary>The same service over the same index, with a meaning fallback (for measuring one).</summary>
    public QuestionService With(Meaning.IMeaningFallback meaning) => new(index, answers, reader) { Meaning = meaning };

    /// <summary>The feature over one store without a host (the CLI, the benchmarks, tests): the same registrations the host uses.</summary>
    /// <param name="checkEvery">How often to look whether the store changed; see <see cref="QuestionIndexHolder"/>.</param>
    /// <param name="changes">Where told, the snapshot is rebuilt as soon as another process changes the store.</param>
    public QuestionService(Database database, CouncilClock clock, TimeSpan? checkEvery = null, StoreChanges? changes = null)
        : this(Standalone(database, clock, checkEvery, changes))
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
    public Understanding Understand(string question, ConversationContext? context = null) => QuestionReader.Read(question, index.Current(), reader, context);

    /// <param name="context">What the conversation has been about (<see cref="ConversationContext.After"/> of the last answer), for follow-ups.</param>
    public Answer Ask(string question, ConversationContext? context = null)
    {
        var current = index.Current();
        var answer = answers.Answer(QuestionReader.Read(question, current, reader, context), current);
        if (answer is not NotHeldAnswer || Meaning?.Find(question) is not { } near) return answer;
        // Asked again naming the indicator by code, which the reader takes outright; the rest of the question as written.
        var named = QuestionReader.Read($"{question} {near.Code}", current, reader, context);
        if (!Intents.IsAboutOne(named.Intent)) return answer;
        var noted = named with { Question = question, Notes = [.. named.Notes, $"no word named an indicator; nearest name in meaning: '{near.Name}' ({near.Similarity:0.00})"] };
        return answers.Answer(noted, current);
    }

    /// <summary>A conversation's questions asked in turn, each following on from the answers before it, as a chat keeps them.</summary>
    public IReadOnlyList<Answer> Converse(IEnumerable<string> questions, DateTimeOffset now)
    {
        ConversationContext? context = null;
        var replies = new List<Answer>();
        foreach (var question in questions)
        {
            var answer = Ask(question, context);
            context = ConversationContext.After(answer, context, now);
            replies.Add(answer);
        }
        return replies;
    }

    /// <summary>Example questions made from the store, so they always answer: what help offers, for a help card to list.</summary>
    public IReadOnlyList<string> Examples() => HelpAnswerer.Examples(index.Current());

    private static ServiceProvider Standalone(Database database, CouncilClock clock, TimeSpan? checkEvery, StoreChanges? changes)
    {
        var services = new ServiceCollection().AddSingleton(database).AddSingleton(clock);
        services.AddSingleton(provider => new QuestionIndexHolder(database, provider.GetRequiredService<IndicatorRepository>(), clock, checkEvery, changes));
        return services.AddQuestions().BuildServiceProvider();
    }
}
