using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PerfBot.Audit;
using PerfBot.Cards;
using PerfBot.Conversations;
using PerfBot.Roles;
using PerfBot.Store.Import;

namespace PerfBot.Uploads;

/// <summary>
/// Import or Cancel on a preview card. Import applies exactly what was previewed: the same file (its hash checked), the
/// same officer, within the preview's lifetime, claimed inside the import's own transaction so a second click finds it
/// decided, and committed only if the import comes to the preview's fingerprint again; if the store changed meanwhile,
/// nothing is written and the officer gets the new preview instead.
/// </summary>
public sealed class PreviewDecisions(ImportPreviews previews, AuditedImport importer, Refusals refusals, IOptions<FilesOptions> options, TimeProvider clock,
    ILogger<PreviewDecisions> log)
{
    public ChatReply Decide(ChatTurn turn, Person officer, string previewId, string decision)
    {
        var stored = previews.Find(previewId);
        var key = UploadPreviewer.OfficerKey(turn, officer);
        if (stored is null) return Said("Preview not found", "I hold no such preview: send the file again.");
        if (!string.Equals(stored.OfficerAadObjectId, key, StringComparison.OrdinalIgnoreCase))
        {
            var refusal = refusals.Refuse(turn, officer, $"import or cancel this preview of {stored.FileName}", stored.OfficerName ?? "the officer who sent the file",
                subject: stored.FileName, fileName: stored.FileName, advice: "Send the file yourself for your own preview.");
            return ChatReply.WithCard(refusal.Text, PreviewCard.Outcome("Not your preview", refusal.Text, TextColor.Warning));
        }
        if (stored.Status != ImportPreviews.Pending) return AlreadyDecided(stored);
        if (stored.Expires <= clock.GetUtcNow())
        {
            previews.Close(previewId, ImportPreviews.Expired);
            return Said("Preview expired", $"This preview of {stored.FileName} expired at {PreviewCard.Time(stored.Expires)}, so nothing was imported. Send the file again for a fresh preview.", TextColor.Warning);
        }
        if (decision == PreviewCard.Cancel)
            return previews.Close(previewId, ImportPreviews.Cancelled)
                ? Said("Cancelled", $"Nothing from {stored.FileName} was imported.")
                : AlreadyDecided(previews.Find(previewId)!);
        return Import(stored, key, officer);
    }

    private ChatReply Import(ImportPreviews.Stored stored, string key, Person officer)
    {
        using var folder = new UploadFolder();
        var path = folder.PathFor(stored.FileName);
        File.WriteAllBytes(path, stored.Content ?? []);
        if (Convert.ToHexStringLower(SHA256.HashData(stored.Content ?? [])) != stored.FileSha256)
            return Said("Cannot import", $"The file kept for this preview is not the one previewed ({stored.FileName}); nothing was imported. Send it again.", TextColor.Attention);
        var by = new ImportProvenance(ImportProvenance.Upload, key, officer.Name, clock.GetUtcNow());
        var outcome = importer.Run(path, new ImportRun(by)
        {
            Claim = (connection, transaction) => previews.Claim(connection, transaction, stored.Id, key),
            BeforeCommit = (_, _, preview) => preview.Fingerprint == stored.Fingerprint,
        });
        if (!outcome.Claimed) return AlreadyDecided(previews.Find(stored.Id)!);
        if (outcome.Committed)
        {
            log.LogInformation("{Officer} imported {File}: {Headline}", officer.Display, stored.FileName, ImportPreviewText.Headline(outcome.Preview));
            var corrections = outcome.Preview.Corrections.Take(PreviewCard.Shown).Select(c => $"{c.Indicator}, {c.Period}: {string.Join("; ", c.Changes.Select(ImportPreviewText.Change))}");
            return Said("Imported", $"{ImportPreviewText.Headline(outcome.Preview)} Members' answers use the new figures now.", TextColor.Good, corrections);
        }
        // The store moved since the preview: this one is done with, and the officer checks what the file would do now.
        previews.Close(stored.Id, ImportPreviews.Superseded);
        log.LogInformation("{File}'s preview for {Officer} no longer matched the store; nothing imported, a fresh preview sent", stored.FileName, officer.Display);
        var fresh = outcome.Preview;
        var lifetime = options.Value.PreviewLifetime;
        var id = fresh.CanImport ? previews.Save(key, officer.Name, stored.ConversationId, stored.Content ?? [], fresh, lifetime) : null;
        var reply = UploadPreviewer.Reply(fresh, id, id is null ? null : clock.GetUtcNow() + lifetime);
        var card = reply.Card! with { Body = [new TextBlock("The figures changed since this preview, so nothing was imported. This is what the file would do now:") { Color = TextColor.Warning }, .. reply.Card!.Body] };
        return reply with { Text = "The figures changed since the preview, so nothing was imported. " + reply.Text, Card = card };
    }

    private static ChatReply AlreadyDecided(ImportPreviews.Stored stored)
    {
        var when = stored.Decided is { } at ? $" at {PreviewCard.Time(at)}" : "";
        var text = stored.Status switch
        {
            ImportPreviews.Imported => $"{stored.FileName} was already imported{when}. Nothing more was done.",
            ImportPreviews.Cancelled => $"This preview of {stored.FileName} was cancelled{when}. Nothing was imported; send the file again to import it.",
            ImportPreviews.Expired => $"This preview of {stored.FileName} expired. Nothing was imported; send the file again.",
            _ => $"This preview of {stored.FileName} was replaced by a newer one{when}. Nothing was imported from this one.",
        };
        return Said("Already decided", text);
    }

    private static ChatReply Said(string heading, string text, TextColor? colour = null, IEnumerable<string>? lines = null) =>
        ChatReply.WithCard(text, PreviewCard.Outcome(heading, text, colour, lines));
}
