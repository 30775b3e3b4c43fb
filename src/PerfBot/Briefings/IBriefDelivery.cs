namespace PerfBot.Briefings;

/// <summary>A brief on its way to someone, with the link to its .docx when it goes to one person.</summary>
public sealed record BriefMessage(string BriefId, Brief Brief, Uri? DocumentLink);

/// <summary>
/// Where briefs are delivered. Teams implements it (a 1:1 chat with the chair, a post in the committee's linked
/// channels); tests record what would have been sent. Kept this narrow so briefings do not know the wire format.
/// </summary>
public interface IBriefDelivery
{
    Task SendToPersonAsync(string aadObjectId, string? tenantId, BriefMessage message, CancellationToken cancellationToken);

    /// <summary>Posts into each channel linked to the committee; returns how many.</summary>
    Task<int> SendToCommitteeChannelsAsync(long committeeId, BriefMessage message, CancellationToken cancellationToken);
}
