namespace PerfBot.Delivery;

/// <summary>A message waiting in (or sent from) the outbox. Payload is what its feature composed, as JSON (a digest, an alert).</summary>
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
