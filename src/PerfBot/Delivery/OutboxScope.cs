namespace PerfBot.Delivery;

/// <summary>Which unsent messages a send takes: every one, one digest's, one subject's (a brief), one kind's, or one message.</summary>
public sealed record OutboxScope
{
    public long? DigestId { get; init; }
    public string? SubjectId { get; init; }
    public string? Kind { get; init; }
    public string? IdempotencyKey { get; init; }

    /// <summary>Messages already tried this many times are left alone (the bot was removed from the chat).</summary>
    public int? MaxAttempts { get; init; }

    public static OutboxScope Everything { get; } = new();

    public static OutboxScope OfDigest(long digestId) => new() { DigestId = digestId };

    public static OutboxScope About(string subjectId) => new() { SubjectId = subjectId };

    public static OutboxScope OfKind(string kind) => new() { Kind = kind };

    public static OutboxScope Message(string idempotencyKey) => new() { IdempotencyKey = idempotencyKey };

    /// <summary>The unsent rows of this scope, as a WHERE condition on the scope's own properties as parameters.</summary>
    internal const string Condition = """
        sent_at IS NULL AND (@DigestId IS NULL OR digest_id = @DigestId) AND (@SubjectId IS NULL OR subject_id = @SubjectId)
        AND (@Kind IS NULL OR kind = @Kind) AND (@IdempotencyKey IS NULL OR idempotency_key = @IdempotencyKey)
        AND (@MaxAttempts IS NULL OR attempts < @MaxAttempts)
        """;
}
