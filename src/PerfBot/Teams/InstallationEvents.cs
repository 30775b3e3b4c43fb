using PerfBot.Conversations;

namespace PerfBot.Teams;

/// <summary>
/// conversationUpdate (the bot among membersAdded/membersRemoved) and installationUpdate (add…/remove…): the
/// conversation reference is stored at install, for proactive messages, and removed at uninstall.
/// </summary>
internal sealed class InstallationEvents(ConversationReferenceStore references, ConversationReferenceRecorder recorder, ILogger<InstallationEvents> log)
{
    public IResult Handle(Activity activity)
    {
        var botId = activity.Recipient!.Id;
        var added = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true
            : activity.MembersAdded?.Any(m => m?.Id == botId) == true;
        var removed = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true
            : activity.MembersRemoved?.Any(m => m?.Id == botId) == true;

        if (added && recorder.Save(activity, installed: true) is { } installed)
            log.LogInformation("Installed in {Scope} {Conversation} (tenant {Tenant})", installed.Scope, installed.ConversationId, installed.TenantId);
        else if (removed)
        {
            var reference = InboundActivity.Reference(activity);
            references.RemoveLater(reference.ConversationId, reference.TeamId);
            log.LogInformation("Uninstalled from {Conversation}{Team}: its references are removed", reference.ConversationId,
                reference.TeamId is null ? "" : " and every channel of its team");
        }
        return Results.Ok();
    }
}
