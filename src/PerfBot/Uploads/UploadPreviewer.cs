using Microsoft.Extensions.Options;
using PerfBot.Audit;
using PerfBot.Conversations;
using PerfBot.Roles;
using PerfBot.Store.Import;

namespace PerfBot.Uploads;

/// <summary>
/// A file a data officer dropped in their 1:1 chat: fetched, run through the importer as a dry run, kept (with its hash,
/// bound to the officer) if there is something to import, and answered with the preview card.
/// </summary>
public sealed class UploadPreviewer(FileDownloader downloader, AuditedImport importer, ImportPreviews previews, IOptions<FilesOptions> options,
    TimeProvider clock, ILogger<UploadPreviewer> log)
{
    private static readonly string[] Kinds = ["csv", "xlsx"];

    public async Task<ChatReply> PreviewAsync(ChatTurn turn, Person officer, ChatFile file, CancellationToken cancellationToken)
    {
        var type = (file.FileType ?? Path.GetExtension(file.Name).TrimStart('.')).ToLowerInvariant();
        if (!Kinds.Contains(type))
            return new ChatReply($"{file.Name} is not a CSV or XLSX file, so I cannot import it. Export the figures as CSV, or save the workbook as .xlsx, and send it again.");
        using var folder = new UploadFolder();
        var path = folder.PathFor(file.Name);
        try
        {
            await downloader.DownloadAsync(file.DownloadUrl, path, cancellationToken);
        }
        catch (DownloadRefusedException refused)
        {
            log.LogWarning("Did not fetch {File} for {Officer}: {Reason}", file.Name, officer.Display, refused.Message);
            return new ChatReply($"I could not fetch {file.Name}: {refused.Message}");
        }
        var by = new ImportProvenance(ImportProvenance.Upload, OfficerKey(turn, officer), officer.Name, clock.GetUtcNow());
        var preview = importer.Run(path, new ImportRun(by) { DryRun = true }).Preview;
        log.LogInformation("Previewed {File} for {Officer}: {Headline}", preview.File, officer.Display, preview.HasProblems ? $"{preview.Problems.Count} problem(s)" : ImportPreviewText.Headline(preview));
        if (!preview.CanImport) return Reply(preview, null, null);
        var lifetime = options.Value.PreviewLifetime;
        var id = previews.Save(by.ActorId, officer.Name, turn.Place.ConversationId, await File.ReadAllBytesAsync(path, cancellationToken), preview, lifetime);
        return Reply(preview, id, clock.GetUtcNow() + lifetime);
    }

    public static ChatReply Reply(ImportPreview preview, string? id, DateTimeOffset? expires) =>
        ChatReply.WithCard(ImportPreviewText.Write(preview, PreviewCard.Shown * 4), PreviewCard.Build(preview, id, expires));

    /// <summary>What binds a preview to its officer: the Entra object id, or the chat's user id where a client gives none.</summary>
    public static string OfficerKey(ChatTurn turn, Person officer) => officer.AadObjectId ?? turn.From.Id;
}
