namespace PerfBot.Store.Import;

/// <summary>
/// What importing a measures file does to the store, worked out inside the import's own transaction: the preview an officer
/// checks before Import, the summary after it, and what <c>perfbot import --dry-run</c> prints. Lists keep their first
/// <see cref="Listed"/> entries; the counts and <see cref="Fingerprint"/> cover every row.
/// </summary>
/// <param name="Fingerprint">A hash of every row's effect and every count: an import commits only if it comes to the same.</param>
public sealed record ImportPreview(
    string File,
    string Sha256,
    int Rows,
    int NewIndicatorCount,
    IReadOnlyList<string> NewIndicators,
    int NewFigureCount,
    IReadOnlyList<PreviewFigure> NewFigures,
    int CorrectionCount,
    IReadOnlyList<PreviewCorrection> Corrections,
    int UpdateCount,
    IReadOnlyList<PreviewUpdate> Updates,
    int Unchanged,
    long OtherChanges,
    IReadOnlyList<ImportProblem> Problems,
    string Fingerprint)
{
    /// <summary>Entries kept per list: a person checks the pattern past this, and a card must stay small.</summary>
    public const int Listed = 200;

    public bool HasProblems => Problems.Count > 0;

    /// <summary>Figures and details the import writes: nothing to import when zero.</summary>
    public long Changes => NewIndicatorCount + NewFigureCount + CorrectionCount + UpdateCount + OtherChanges;

    public bool CanImport => !HasProblems && Changes > 0;

    public static ImportPreview Refused(string file, string sha256, IReadOnlyList<ImportProblem> problems) =>
        new(file, sha256, 0, 0, [], 0, [], 0, [], 0, [], 0, 0, problems, "");
}

/// <summary>A figure the store does not hold yet.</summary>
public sealed record PreviewFigure(int Row, string Indicator, string Period, string Value);

/// <summary>A stored figure the file changes: value or target, old → new.</summary>
public sealed record PreviewCorrection(int Row, string Indicator, string Period, IReadOnlyList<FieldChange> Changes);

/// <summary>A figure whose value and target stay but whose RAG, direction, commentary, actions or source change.</summary>
public sealed record PreviewUpdate(int Row, string Indicator, string Period, IReadOnlyList<string> Fields);

public sealed record FieldChange(string Field, string Was, string Now);
