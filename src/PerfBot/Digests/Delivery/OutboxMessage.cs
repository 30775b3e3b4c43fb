namespace PerfBot.Digests.Delivery;

public static class OutboxKinds
{
    public const string Digest = "digest";
    public const string Alert = "alert";
}

/// <summary>A message waiting in (or sent from) the outbox. Payload is the composed Digest or OfficerAlert as JSON.</summary>
public sealed record OutboxMessage(
    long Id,
    string IdempotencyKey,
    string Kind,
    long? DigestId,
    string ConversationId,
    string Text,
    string PayloadJson,
    long Attempts,
    string? SentAt,
    string? ActivityId);

/// <summary>A message to put in the outbox; nothing happens if one with the same key is already there.</summary>
public sealed record NewOutboxMessage(string IdempotencyKey, string Kind, string ConversationId, string Text, string PayloadJson, long? DigestId = null);
