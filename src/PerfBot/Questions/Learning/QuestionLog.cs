using Dapper;
using PerfBot.Store;

namespace PerfBot.Questions.Learning;

/// <summary>How PerfBot fell short of answering a question outright.</summary>
public enum Shortfall { NotHeld, DidYouMean, Clarify }

/// <summary>A question asked in the window, grouped with the others of the same words.</summary>
/// <param name="Roles">Who asked, by role only: "member ×2, chair".</param>
public sealed record UnansweredGroup(string Question, int Times, string LastAsked, IReadOnlyList<string> Outcomes, IReadOnlyList<string> Roles);

/// <summary>
/// The question log and answer feedback: what members asked that PerfBot could not answer outright, and their thumbs
/// up or down. Text, time and role only — never a name or an id — so officers can add vocabulary from it.
/// </summary>
public sealed class QuestionLog(Database database, TimeProvider clock)
{
    public static string Name(Shortfall shortfall) => shortfall switch
    {
        Shortfall.NotHeld => "not_held",
        Shortfall.DidYouMean => "did_you_mean",
        _ => "clarify",
    };

    public void Record(string question, Shortfall outcome, string intent, string role)
    {
        using var connection = database.Open();
        connection.Execute("INSERT INTO question_log (asked_at, question, outcome, intent, role) VALUES (@At, @question, @Outcome, @intent, @role)",
            new { At = clock.GetUtcNow().UtcDateTime.ToString("O"), question, Outcome = Name(outcome), intent, role });
    }

    public void RecordFeedback(bool liked, string? comment, string? question, string? intent, IReadOnlyList<string> indicators, string role)
    {
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO answer_feedback (given_at, reaction, comment, question, intent, indicators, role)
            VALUES (@At, @Reaction, @comment, @question, @intent, @Indicators, @role)
            """,
            new
            {
                At = clock.GetUtcNow().UtcDateTime.ToString("O"), Reaction = liked ? "like" : "dislike", comment = Trim(comment), question, intent,
                Indicators = indicators.Count == 0 ? null : string.Join(",", indicators), role,
            });
    }

    /// <summary>Questions not answered outright since the day (all of them when null), the same words grouped, the most asked first.</summary>
    public IReadOnlyList<UnansweredGroup> Unanswered(DateOnly? since = null, DateOnly? before = null)
    {
        using var connection = database.Open();
        var rows = connection.Query<(string AskedAt, string Question, string Outcome, string Role)>("""
            SELECT asked_at, question, outcome, role FROM question_log
            WHERE (@Since IS NULL OR asked_at >= @Since) AND (@Before IS NULL OR asked_at < @Before)
            ORDER BY asked_at
            """, new { Since = StoredDate.Of(since), Before = StoredDate.Of(before) });
        return rows.GroupBy(r => QuestionText.Normalise(r.Question))
            .Select(g => new UnansweredGroup(g.Key, g.Count(), g.Max(r => r.AskedAt)![..10], g.Select(r => r.Outcome).Distinct().Order().ToList(),
                g.GroupBy(r => r.Role).OrderByDescending(r => r.Count()).Select(r => r.Count() > 1 ? $"{r.Key} ×{r.Count()}" : r.Key).ToList()))
            .OrderByDescending(g => g.Times).ThenByDescending(g => g.LastAsked).ThenBy(g => g.Question, StringComparer.Ordinal).ToList();
    }

    /// <summary>Feedback given since the day: likes and dislikes.</summary>
    public (int Likes, int Dislikes) Feedback(DateOnly? since = null)
    {
        using var connection = database.Open();
        var rows = connection.Query<string>("SELECT reaction FROM answer_feedback WHERE @Since IS NULL OR given_at >= @Since", new { Since = StoredDate.Of(since) }).ToList();
        return (rows.Count(r => r == "like"), rows.Count(r => r == "dislike"));
    }

    private static string? Trim(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Length <= 1000 ? comment.Trim() : comment[..1000];
}
