namespace PerfBot.Conversations.Commands;

/// <summary>
/// The command table's order, in one place. Commands match their whole text, so the order decides only which one
/// answers if two ever matched the same words; it is also the order the help card lists them in.
/// </summary>
public static class ChatCommandOrder
{
    public const int Upload = 50;
    public const int LinkCommittee = 100;
    public const int UnlinkCommittee = 110;
    public const int Digest = 200;
    public const int Alerts = 300;
    public const int Brief = 400;
    public const int Commentary = 500;
    public const int SyncNow = 600;
}
