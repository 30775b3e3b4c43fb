namespace PerfBot.Delivery;

/// <summary>Whom an outbox message is for: a stored conversation (a linked channel, a known 1:1 chat), or a person.</summary>
public abstract record OutboxAddress
{
    public sealed record Conversation(string ConversationId) : OutboxAddress;

    /// <summary>A person by Entra object id, reached in a 1:1 chat started for them; the tenant where configuration gives it.</summary>
    public sealed record Person(string AadObjectId, string? TenantId) : OutboxAddress;
}

/// <summary>A message waiting in (or sent from) the outbox. Payload is what its feature composed, as JSON (a digest, an alert, a brief).</summary>
public sealed record OutboxMessage(
    long Id,
    string IdempotencyKey,
    string Kind,
    long? DigestId,
    string? SubjectId,
    string? ConversationId,
    string? PersonAadObjectId,
    string? PersonTenantId,
    string Text,
    string PayloadJson,
    long Attempts,
    string? SentAt,
    string? ActivityId)
{
    public OutboxAddress To => ConversationId is { } conversation
        ? new OutboxAddress.Conversation(conversation)
        : new OutboxAddress.Person(PersonAadObjectId!, PersonTenantId);
}

/// <summary>A message to put in the outbox; nothing happens if one with the same key is already there.</summary>
public sealed record NewOutboxMessage(string IdempotencyKey, string Kind, OutboxAddress To, string Text, string PayloadJson)
{
    public long? DigestId { get; init; }
    public string? SubjectId { get; init; }
}
