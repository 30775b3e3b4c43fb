using Microsoft.Extensions.Options;
using PerfBot.Audit;
using PerfBot.Council;
using PerfBot.Delivery;
using PerfBot.Graph;
using PerfBot.Roles;
using PerfBot.Store;
using PerfBot.Store.Import;
using PerfBot.Uploads;

namespace PerfBot.Sync;

/// <summary>
/// Brings each configured workbook into the store: an unchanged file (same cTag, else eTag) is not read; a changed one goes
/// through the importer, all or nothing; a file with problems, or a Graph failure (401, 403, 404, 429 past its retries,
/// 5xx, a timeout), leaves the store as it was, is logged and audited, and the data officers are told in a 1:1 chat.
/// </summary>
public sealed class WorkbookSync(
    IOptions<WorkbookSourceOptions> options,
    GraphWorkbookReader reader,
    WorkbookSyncState state,
    AuditedImport importer,
    AuditLog audit,
    OfficerRoles roles,
    Outbox outbox,
    OutboxSender sender,
    IOptions<FilesOptions> files,
    TimeProvider clock,
    ILogger<WorkbookSync> log)
{
    public const string Imported = "imported", Unchanged = "unchanged", Failed = "failed";

    public sealed record Result(string Source, string Outcome, string Summary);

    public IReadOnlyList<WorkbookSource> Sources => options.Value.Workbooks;

    /// <param name="trigger">What started it, for the audit: "daily schedule", "command line", or the officer who asked.</param>
    public async Task<IReadOnlyList<Result>> SyncAllAsync(string trigger, CancellationToken cancellationToken)
    {
        var results = new List<Result>();
        var failures = new List<(SyncFailure Failure, string Key)>();
        foreach (var source in options.Value.Workbooks)
            results.Add(await SyncAsync(source, trigger, failures, cancellationToken));
        if (failures.Count > 0) await TellDataOfficersAsync(failures, cancellationToken);
        return results;
    }

    private async Task<Result> SyncAsync(WorkbookSource source, string trigger, List<(SyncFailure, string)> failures, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (source.Problem() is { } misconfigured) return Fail(source, null, $"Sources:Workbooks is wrong: {misconfigured}.", [], $"config:{CouncilClock.DateOf(now):yyyy-MM-dd}", failures);
        WorkbookItem item;
        try
        {
            item = await reader.ItemAsync(source, cancellationToken);
        }
        catch (Exception e) when (GraphFailures.IsGraphFailure(e, cancellationToken) || e is InvalidOperationException)
        {
            return GraphFailed(source, null, e, failures);
        }
        var known = state.Find(source.Name);
        if (WorkbookSyncState.IsUnchanged(known, item))
        {
            state.Unchanged(source.Name, now);
            log.LogInformation("Workbook sync of {Source}: {File} is unchanged since it was imported ({Tag}); not read", source.Name, item.Name, WorkbookSyncState.TagOf(item));
            return new Result(source.Name, Unchanged, $"{item.Name} is unchanged since it was last imported.");
        }
        var tag = WorkbookSyncState.TagOf(item);
        if (tag is not null && known?.FailedTag == tag)
            return new Result(source.Name, Failed, $"{item.Name} has not changed since its last check failed ({known.Error}); data officers were told then.");
        var limit = files.Value.MaxBytes;
        if (item.Size > limit) return Fail(source, item, $"{item.Name} is larger than the {limit / (1024 * 1024.0):0.#} MB PerfBot takes (Files:MaxBytes).", [], tag ?? "size", failures);

        using var folder = new UploadFolder();
        var path = folder.PathFor(item.Name);
        try
        {
            await reader.DownloadAsync(source, item, path, limit, cancellationToken);
            FileDownloader.CheckExpandedSize(path, limit);
        }
        catch (Exception e) when (e is WorkbookTooLargeException or DownloadRefusedException)
        {
            return Fail(source, item, e.Message, [], tag ?? "size", failures);
        }
        catch (Exception e) when (GraphFailures.IsGraphFailure(e, cancellationToken))
        {
            return GraphFailed(source, item, e, failures);
        }

        var by = new ImportProvenance(ImportProvenance.Sync, $"sync:{source.Name}", $"workbook sync ({trigger})", now);
        var outcome = importer.Run(path, new ImportRun(by));
        if (outcome.Preview.HasProblems)
            return Fail(source, item, $"{item.Name} has {outcome.Preview.Problems.Count} problem(s).", outcome.Preview.Problems.Select(p => p.ToString()).ToList(), tag ?? outcome.Preview.Sha256, failures, audited: true);
        state.Imported(source.Name, item, outcome.Preview.Sha256, now);
        log.LogInformation("Workbook sync of {Source}: {Headline}", source.Name, ImportPreviewText.Headline(outcome.Preview));
        return new Result(source.Name, Imported, ImportPreviewText.Headline(outcome.Preview));
    }

    private Result GraphFailed(WorkbookSource source, WorkbookItem? item, Exception e, List<(SyncFailure, string)> failures)
    {
        var status = GraphFailures.StatusOf(e);
        var reason = status switch
        {
            401 => "Microsoft Graph refused PerfBot's credentials (401): check Graph:ClientId and Graph:ClientSecret.",
            403 => "PerfBot may not read this file (403): grant the app Files.Read.All or Sites.Selected on the site.",
            404 => $"Microsoft Graph found no file at {source.Where} (404): check Sources:Workbooks.",
            429 => "Microsoft Graph kept asking PerfBot to slow down (429) after its retries; the next sync tries again.",
            >= 500 => $"Microsoft Graph failed ({status}); the next sync tries again.",
            _ => $"Microsoft Graph could not be read: {GraphFailures.Describe(e)}.",
        };
        log.LogWarning(e, "Workbook sync of {Source} ({Where}) failed: {Error}. The store is unchanged.", source.Name, source.Where, GraphFailures.Describe(e));
        return Fail(source, item, reason, [], $"{CouncilClock.DateOf(clock.GetUtcNow()):yyyy-MM-dd}:{status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "error"}", failures);
    }

    /// <param name="failure">What makes this failure the same as one already told: a file version, or a day and an error.</param>
    /// <param name="audited">The importer already audited the refusal.</param>
    private Result Fail(WorkbookSource source, WorkbookItem? item, string reason, IReadOnlyList<string> problems, string failure, List<(SyncFailure, string)> failures, bool audited = false)
    {
        var now = clock.GetUtcNow();
        state.Failed(source.Name, now, reason, item is not null && problems.Count > 0 ? WorkbookSyncState.TagOf(item) : null);
        if (!audited)
            audit.Write(new AuditEntry(now, AuditActions.Sync, ImportProvenance.Sync, AuditOutcomes.Failed, $"sync:{source.Name}", "workbook sync",
                FileName: item?.Name, Subject: source.Name, Detail: reason));
        if (problems.Count > 0) log.LogWarning("Workbook sync of {Source}: {Reason} The store is unchanged. First: {Problem}", source.Name, reason, problems[0]);
        failures.Add((new SyncFailure(source.Name, source.Where, item?.Name, reason, problems, now), failure));
        return new Result(source.Name, Failed, problems.Count == 0 ? reason : $"{reason} First: {problems[0]}");
    }

    private async Task TellDataOfficersAsync(List<(SyncFailure Failure, string Key)> failures, CancellationToken cancellationToken)
    {
        var officers = await roles.DataOfficerIdsAsync(cancellationToken);
        if (officers.Count == 0)
        {
            log.LogWarning("{Count} workbook sync failure(s), and no data officer PerfBot can reach (Roles:DataOfficers) to tell", failures.Count);
            return;
        }
        foreach (var (failure, kind) in failures)
            foreach (var officer in officers)
            {
                outbox.Enqueue(new NewOutboxMessage(SyncFailureCard.Key(failure.Source, kind, officer), SyncFailureCard.Kind, new OutboxAddress.Person(officer, null), SyncFailureCard.Text(failure), StoredJson.Write(failure)));
            }
        await sender.SendAsync(OutboxScope.OfKind(SyncFailureCard.Kind), cancellationToken);
    }
}
