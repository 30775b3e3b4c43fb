using System.Data.Common;
using PerfBot.Council;

namespace PerfBot.Store.Import;

/// <summary>Who is importing, by which route, and when: what corrections and the audit record.</summary>
/// <param name="Route">upload (a file dropped in Teams), sync (a workbook on SharePoint), cli (the command line).</param>
/// <param name="ActorId">An Entra object id, cli:&lt;user&gt; or sync:&lt;source&gt;.</param>
public sealed record ImportProvenance(string Route, string ActorId, string? ActorName, DateTimeOffset At)
{
    /// <summary>Ties the import's corrections to its audit entries.</summary>
    public string RunId { get; init; } = Guid.NewGuid().ToString("N");

    public const string Upload = "upload", Sync = "sync", Cli = "cli";

    /// <summary>The command line's user, for imports run from a shell.</summary>
    public static ImportProvenance CommandLine(DateTimeOffset at) => new(Cli, $"cli:{Environment.UserName}", Environment.UserName, at);
}

/// <summary>How one import runs.</summary>
public sealed record ImportRun(ImportProvenance By)
{
    /// <summary>Works everything out inside the transaction, then rolls it back: the preview of what an import would do.</summary>
    public bool DryRun { get; init; }

    /// <summary>The council's today, before which every period must have ended; the machine's clock when null.</summary>
    public Council.CouncilClock? Clock { get; init; }

    /// <summary>
    /// Runs first inside the import's transaction (which holds the write lock on SQLite and locks the rows it updates on
    /// PostgreSQL): false ends the import with nothing written. An Import button claims its preview here, so two clicks
    /// cannot both import.
    /// </summary>
    public Func<DbConnection, DbTransaction, bool>? Claim { get; init; }

    /// <summary>Runs last inside the transaction, with the preview of what was written: false rolls everything back.</summary>
    public Func<DbConnection, DbTransaction, ImportPreview, bool>? BeforeCommit { get; init; }
}

/// <summary>What an import came to.</summary>
/// <param name="Preview">What it did (or, in a dry run or when refused, would do), with every problem.</param>
/// <param name="Committed">True when the changes are in the store.</param>
/// <param name="Claimed">False when <see cref="ImportRun.Claim"/> refused: nothing was looked at.</param>
public sealed record ImportOutcome(ImportPreview Preview, ImportSummary? Summary, bool Committed, bool Claimed = true);
