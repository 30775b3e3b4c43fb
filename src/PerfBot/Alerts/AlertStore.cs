using System.Data;
using System.Globalization;
using Dapper;
using PerfBot.Delivery;
using PerfBot.Indicators;
using PerfBot.Store;

namespace PerfBot.Alerts;

/// <summary>Officers' alert subscriptions, where to reach them, and what each was last told.</summary>
public sealed class AlertStore(Database database, TimeProvider clock, Outbox outbox)
{
    public sealed record Recipient(string UserId, string? Name, string? Email, string ConversationId)
    {
        /// <summary>An indicator's owner is written as the officer's Entra object id or email.</summary>
        public bool Owns(Indicator indicator) => indicator.Owner is { Length: > 0 } owner
            && (owner.Equals(UserId, StringComparison.OrdinalIgnoreCase) || owner.Equals(Email, StringComparison.OrdinalIgnoreCase));
    }

    private sealed record BaselineRow(long IndicatorId, string? Period, string? Rag, long IsException);

    public void SaveRecipient(Recipient recipient)
    {
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO alert_recipients (user_id, name, email, conversation_id, created_at)
            VALUES (@UserId, @Name, @Email, @ConversationId, @now)
            ON CONFLICT (user_id) DO UPDATE SET name = coalesce(excluded.name, alert_recipients.name), email = coalesce(excluded.email, alert_recipients.email),
                conversation_id = excluded.conversation_id
            """, new { recipient.UserId, recipient.Name, recipient.Email, recipient.ConversationId, now = Now() });
    }

    public Recipient? FindRecipient(string userId)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<Recipient>("SELECT user_id, name, email, conversation_id FROM alert_recipients WHERE user_id = @userId", new { userId });
    }

    public IReadOnlyList<Recipient> Recipients()
    {
        using var connection = database.Open();
        return connection.Query<Recipient>("SELECT user_id, name, email, conversation_id FROM alert_recipients ORDER BY user_id").ToList();
    }

    /// <summary>Follows the indicator, taking its status now as the baseline alerts report changes from.</summary>
    public bool Subscribe(string userId, AlertBaseline baseline)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var added = connection.Execute("""
            INSERT INTO alert_subscriptions (user_id, indicator_id, created_at) VALUES (@userId, @IndicatorId, @now)
            ON CONFLICT (user_id, indicator_id) DO NOTHING
            """, new { userId, baseline.IndicatorId, now = Now() }, transaction) == 1;
        SaveBaselines(connection, transaction, userId, [baseline]);
        transaction.Commit();
        return added;
    }

    public bool Unsubscribe(string userId, long indicatorId)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM alert_subscriptions WHERE user_id = @userId AND indicator_id = @indicatorId", new { userId, indicatorId }) == 1;
    }

    public IReadOnlySet<long> Subscriptions(string userId)
    {
        using var connection = database.Open();
        return connection.Query<long>("SELECT indicator_id FROM alert_subscriptions WHERE user_id = @userId", new { userId }).ToHashSet();
    }

    public IReadOnlyDictionary<long, AlertBaseline> Baselines(string userId)
    {
        using var connection = database.Open();
        return connection.Query<BaselineRow>("SELECT indicator_id, period, rag, is_exception FROM alert_baselines WHERE user_id = @userId", new { userId })
            .ToDictionary(r => r.IndicatorId, r => new AlertBaseline(r.IndicatorId, r.Period, Words.TryRag(r.Rag, out var rag) ? rag : null, r.IsException != 0));
    }

    /// <summary>The week's alert (if any) goes into the outbox and the new baselines are kept, together or not at all.</summary>
    public void Record(Recipient recipient, string week, OfficerAlert? alert, IReadOnlyList<AlertBaseline> baselines)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        if (alert is not null)
            outbox.Enqueue(new NewOutboxMessage(Key(recipient.UserId, week), AlertStore.OutboxKind, new OutboxAddress.Conversation(recipient.ConversationId), AlertText.Write(alert), StoredJson.Write(alert)),
                connection, transaction);
        SaveBaselines(connection, transaction, recipient.UserId, baselines);
        transaction.Commit();
    }

    public const string OutboxKind = "alert";

    public static string Key(string userId, string week) => $"alert:{userId}:{week}";

    private void SaveBaselines(IDbConnection connection, IDbTransaction transaction, string userId, IEnumerable<AlertBaseline> baselines) =>
        connection.Execute("""
            INSERT INTO alert_baselines (user_id, indicator_id, period, rag, is_exception, updated_at)
            VALUES (@userId, @IndicatorId, @Period, @Rag, @IsException, @now)
            ON CONFLICT (user_id, indicator_id) DO UPDATE SET period = excluded.period, rag = excluded.rag,
                is_exception = excluded.is_exception, updated_at = excluded.updated_at
            """, baselines.Select(b => new { userId, b.IndicatorId, b.Period, Rag = b.Rag?.ToString(), IsException = b.IsException ? 1 : 0, now = Now() }),
            transaction);

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
