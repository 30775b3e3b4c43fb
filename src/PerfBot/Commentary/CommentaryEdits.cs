using System.Security.Cryptography;
using System.Text;
using Dapper;
using PerfBot.Audit;
using PerfBot.Roles;
using PerfBot.Store;

namespace PerfBot.Commentary;

/// <summary>
/// Commentary and actions written in Teams: the measurement's text replaced, the edit kept with its author and time (so
/// answers, digests and briefs say "Commentary by … on …"), and an audit entry — all in one transaction. A form carries
/// the text it was filled from: saving over text someone else has changed since is refused, not done silently.
/// </summary>
public sealed class CommentaryEdits(Database database, AuditLog audit, TimeProvider clock)
{
    public abstract record Outcome
    {
        public sealed record Saved(DateTimeOffset At) : Outcome;
        /// <summary>The figure's text changed since the form was made; nothing was saved.</summary>
        public sealed record Changed(string? Commentary, string? Actions, string? By, DateTimeOffset? At) : Outcome;
        public sealed record NoFigure : Outcome;
    }

    /// <summary>What a form's text was made from, to tell whether anyone changed it before Save.</summary>
    public static string Basis(string? commentary, string? actions) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{commentary}\u0000{actions}")))[..16];

    public Outcome Save(long indicatorId, string indicatorName, string period, string? commentary, string? actions, string basis, Person author, string authorKey)
    {
        var now = clock.GetUtcNow();
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var held = connection.QuerySingleOrDefault<Texts>(
            "SELECT commentary, actions FROM measurements WHERE indicator_id = @indicatorId AND period = @period", new { indicatorId, period }, transaction);
        if (held is null) return new Outcome.NoFigure();
        if (Basis(held.Commentary, held.Actions) != basis)
        {
            var last = connection.QueryFirstOrDefault<LastEdit>(
                "SELECT author_name, edited_at FROM commentary_edits WHERE indicator_id = @indicatorId AND period = @period ORDER BY edited_at DESC, id DESC",
                new { indicatorId, period }, transaction);
            return new Outcome.Changed(held.Commentary, held.Actions, last?.AuthorName, last is null ? null : StoredTime.Parse(last.EditedAt));
        }
        connection.Execute("UPDATE measurements SET commentary = @commentary, actions = @actions WHERE indicator_id = @indicatorId AND period = @period",
            new { indicatorId, period, commentary, actions }, transaction);
        connection.Execute("""
            INSERT INTO commentary_edits (indicator_id, period, commentary, actions, previous_commentary, previous_actions, author_id, author_name, edited_at)
            VALUES (@indicatorId, @period, @commentary, @actions, @previousCommentary, @previousActions, @authorKey, @Name, @at)
            """, new { indicatorId, period, commentary, actions, previousCommentary = held.Commentary, previousActions = held.Actions, authorKey, author.Name, at = StoredTime.Of(now) },
            transaction);
        var changed = new[] { held.Commentary != commentary ? "commentary" : null, held.Actions != actions ? "actions" : null }.OfType<string>().ToList();
        audit.Write(new AuditEntry(now, AuditActions.Commentary, AuditRoutes.Chat, changed.Count > 0 ? AuditOutcomes.Applied : AuditOutcomes.Unchanged, authorKey, author.Name,
            RowsChanged: 1, Subject: $"{indicatorName}, {period}",
            Detail: changed.Count > 0 ? $"{string.Join(" and ", changed)} written in Teams ({Length(commentary)} and {Length(actions)})." : "Saved unchanged."), connection, transaction);
        StoreVersion.Bump(connection, transaction);
        transaction.Commit();
        return new Outcome.Saved(now);
    }

    private sealed record Texts(string? Commentary, string? Actions);

    private sealed record LastEdit(string? AuthorName, string EditedAt);

    private static string Length(string? text) => text is null ? "none" : $"{text.Length} characters";
}
