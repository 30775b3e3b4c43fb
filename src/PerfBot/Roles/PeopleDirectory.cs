using Dapper;
using PerfBot.Conversations;
using PerfBot.Store;

namespace PerfBot.Roles;

/// <summary>
/// Who a chat user is: Teams puts their Entra object id on every message but no email, and roles and owners may be
/// written as emails, so the chat's roster is asked once (<see cref="IMemberDirectory"/>) and the answer kept in the
/// people table — which also lets PerfBot reach an owner named by email in a 1:1 chat later.
/// </summary>
public sealed class PeopleDirectory(Database database, ConversationReferenceStore references, IMemberDirectory members, TimeProvider clock, ILogger<PeopleDirectory> log)
{
    public async Task<Person> IdentifyAsync(ChatUser user, ChatPlace place, CancellationToken cancellationToken)
    {
        if (user.AadObjectId is { } id && Find(id) is { Email: not null } known) return known with { Name = user.Name ?? known.Name };
        MemberProfile? profile = null;
        // A channel's reference is kept under the channel, not the thread (";messageid=…") a message arrives in.
        if (references.Find(place.TeamsChannelId ?? place.ConversationId) is { } conversation)
        {
            try
            {
                profile = await members.FindAsync(conversation, user.Id, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Could not look up {User} in {Conversation}; only their Entra object id can name them in a role", user.Id, place.ConversationId);
            }
        }
        var person = new Person(user.AadObjectId, user.Name ?? profile?.Name, profile?.Email?.ToLowerInvariant(), profile?.UserPrincipalName?.ToLowerInvariant());
        if (user.AadObjectId is not null && (person.Email ?? person.UserPrincipalName) is not null) Save(person);
        return person;
    }

    public Person? Find(string aadObjectId)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<Person>(
            "SELECT aad_object_id, name, email, user_principal_name FROM people WHERE aad_object_id = @aadObjectId", new { aadObjectId });
    }

    /// <summary>The Entra object id of someone named by email or UPN, if PerfBot has met them.</summary>
    public string? ObjectIdOf(string emailOrUpn)
    {
        var key = emailOrUpn.Trim().ToLowerInvariant();
        using var connection = database.Open();
        return connection.QueryFirstOrDefault<string>(
            "SELECT aad_object_id FROM people WHERE email = @key OR user_principal_name = @key ORDER BY seen_at DESC", new { key });
    }

    private void Save(Person person)
    {
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO people (aad_object_id, name, email, user_principal_name, seen_at) VALUES (@AadObjectId, @Name, @Email, @UserPrincipalName, @now)
            ON CONFLICT (aad_object_id) DO UPDATE SET name = coalesce(excluded.name, people.name), email = coalesce(excluded.email, people.email),
                user_principal_name = coalesce(excluded.user_principal_name, people.user_principal_name), seen_at = excluded.seen_at
            """, new { person.AadObjectId, person.Name, person.Email, person.UserPrincipalName, now = StoredTime.Of(clock.GetUtcNow()) });
    }
}
