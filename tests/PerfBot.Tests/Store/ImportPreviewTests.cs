using Dapper;
using PerfBot.Indicators;
using PerfBot.Store;
using PerfBot.Store.Import;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Store;

/// <summary>The preview an import works out inside its own transaction, and the corrections it records, on each engine.</summary>
public abstract class ImportPreviewTests(StoreEngine engine) : IDisposable
{
    private readonly TempStore _store = TempStore.Empty(engine, "People and Health Scrutiny Committee");
    private static readonly DateTimeOffset December3 = new(2026, 12, 3, 10, 15, 0, TimeSpan.Zero);
    private static readonly ImportProvenance Jo = new(ImportProvenance.Upload, "aad-jo", "Jo Bloggs", December3);

    public sealed class OnSqlite() : ImportPreviewTests(StoreEngine.Sqlite);

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres() : ImportPreviewTests(StoreEngine.Postgres);

    public void Dispose() => _store.Dispose();

    private const string Quarter1 = """
        indicator,unit,period,value,target,rag,commentary
        EHCPs issued within 20 weeks,%,Q1 2025/26,41.4,60,Red,Backlog after the system change
        Active foster carers,number,Q1 2025/26,206,215,Amber,Recruitment drive
        Care leavers in touch,%,Q1 2025/26,92,90,Green,
        """;

    private string Write(string name, string text) => _store.WriteFile(name, text.Replace("\r\n", "\n"));

    [Fact]
    public void A_dry_run_classes_every_row_and_leaves_the_store_as_it_was()
    {
        MeasureImporter.Import(_store.Database, Write("q1.csv", Quarter1));
        var before = _store.Dump();
        var corrected = Write("q1-corrected.csv", """
            indicator,unit,period,value,target,rag,commentary
            EHCPs issued within 20 weeks,%,Q1 2025/26,43.2,60,Red,Backlog after the system change
            Active foster carers,number,Q1 2025/26,206,215,Amber,Recruitment drive: 12 households in assessment
            Care leavers in touch,%,Q1 2025/26,92,90,Green,
            EHCPs issued within 20 weeks,%,Q2 2025/26,22.86,60,Red,
            Children missing education,number,Q2 2025/26,31,,,
            """);

        var outcome = MeasureImporter.Run(_store.Database, corrected, new ImportRun(Jo) { DryRun = true });

        Assert.False(outcome.Committed);
        Assert.Equal(before, _store.Dump());
        var preview = outcome.Preview;
        Assert.Equal(5, preview.Rows);
        Assert.Equal(["Children missing education"], preview.NewIndicators);
        Assert.Equal([("EHCPs issued within 20 weeks", "Q2 2025/26", "22.86%"), ("Children missing education", "Q2 2025/26", "31")],
            preview.NewFigures.Select(f => (f.Indicator, f.Period, f.Value)));
        var correction = Assert.Single(preview.Corrections);
        Assert.Equal(("EHCPs issued within 20 weeks", "Q1 2025/26", 2), (correction.Indicator, correction.Period, correction.Row));
        Assert.Equal([new FieldChange("value", "41.4%", "43.2%")], correction.Changes);
        var update = Assert.Single(preview.Updates);
        Assert.Equal(("Active foster carers", "commentary"), (update.Indicator, Assert.Single(update.Fields)));
        Assert.Equal(1, preview.Unchanged);
        Assert.True(preview.CanImport);
        Assert.Matches("^[0-9a-f]{64}$", preview.Sha256);
    }

    [Fact]
    public void The_import_comes_to_the_preview_it_was_shown_and_keeps_what_the_figure_was_who_changed_it_and_from_which_file()
    {
        MeasureImporter.Import(_store.Database, Write("q1.csv", Quarter1));
        var path = Write("q1-corrected.csv", Quarter1.Replace("41.4,60", "43.2,55"));
        var preview = MeasureImporter.Run(_store.Database, path, new ImportRun(Jo) { DryRun = true }).Preview;

        var imported = MeasureImporter.Run(_store.Database, path, new ImportRun(Jo));

        Assert.True(imported.Committed);
        Assert.Equal(preview.Fingerprint, imported.Preview.Fingerprint);
        Assert.Equal([new FieldChange("value", "41.4%", "43.2%"), new FieldChange("target", "60%", "55%")], Assert.Single(imported.Preview.Corrections).Changes);
        var repository = new IndicatorRepository(_store.Database);
        var ehcp = Assert.Single(repository.Indicators(), i => i.Name == "EHCPs issued within 20 weeks");
        var figure = Assert.Single(repository.Measurements(ehcp.Id));
        Assert.Equal(43.2, figure.Value);
        Assert.Equal("corrected on 3 Dec 2026, was 41.4%", figure.ValueCorrection!.Describe(ehcp.Unit));
        Assert.Equal("by Jo Bloggs from q1-corrected.csv", figure.ValueCorrection.Origin);
        Assert.Equal("target corrected on 3 Dec 2026, was 60%", figure.Corrections.Single(c => c.Field == "target").Describe(ehcp.Unit));
        using var connection = _store.Database.Open();
        var rows = connection.Query<(string Field, double Previous, double New, string By, string Route, string File, string Sha)>(
            "SELECT field, previous_value, new_value, corrected_by_id, route, file_name, file_sha256 FROM measurement_corrections ORDER BY field DESC").ToList();
        Assert.Equal([("value", 41.4, 43.2, "aad-jo", "upload", "q1-corrected.csv", preview.Sha256), ("target", 60, 55, "aad-jo", "upload", "q1-corrected.csv", preview.Sha256)], rows);
    }

    [Fact]
    public void A_correction_overwritten_later_without_one_is_no_longer_told()
    {
        MeasureImporter.Import(_store.Database, Write("q1.csv", Quarter1));
        MeasureImporter.Import(_store.Database, Write("q1-corrected.csv", Quarter1.Replace("41.4,60", "43.2,60")), Jo);
        using (var connection = _store.Database.Open())
            connection.Execute("UPDATE measurements SET value = 44 WHERE value = 43.2");

        var repository = new IndicatorRepository(_store.Database);
        var ehcp = Assert.Single(repository.Indicators(), i => i.Name == "EHCPs issued within 20 weeks");
        Assert.Empty(Assert.Single(repository.Measurements(ehcp.Id)).Corrections);
    }

    [Fact]
    public void A_file_with_a_bad_value_previews_only_its_problems_and_writes_nothing()
    {
        MeasureImporter.Import(_store.Database, Write("q1.csv", Quarter1));
        var before = _store.Dump();

        var outcome = MeasureImporter.Run(_store.Database, Write("bad.csv", Quarter1.Replace("206", "two hundred")), new ImportRun(Jo));

        Assert.False(outcome.Committed);
        var problem = Assert.Single(outcome.Preview.Problems);
        Assert.Equal((3, 3, "value"), (problem.Row, problem.Column, problem.Field));
        Assert.False(outcome.Preview.CanImport);
        Assert.Equal(before, _store.Dump());
    }

    [Fact]
    public void A_refused_claim_or_a_failed_final_check_writes_nothing()
    {
        var before = _store.Dump();
        var path = Write("q1.csv", Quarter1);

        var unclaimed = MeasureImporter.Run(_store.Database, path, new ImportRun(Jo) { Claim = (_, _) => false });
        var unchecked_ = MeasureImporter.Run(_store.Database, path, new ImportRun(Jo) { BeforeCommit = (_, _, _) => false });

        Assert.False(unclaimed.Claimed);
        Assert.Equal((false, 3), (unchecked_.Committed, unchecked_.Preview.NewFigureCount));
        Assert.Equal(before, _store.Dump());
    }

    [Fact]
    public void Reimporting_the_same_file_is_all_unchanged_and_nothing_to_import()
    {
        var path = Write("q1.csv", Quarter1);
        MeasureImporter.Import(_store.Database, path);

        var again = MeasureImporter.Run(_store.Database, path, new ImportRun(Jo) { DryRun = true }).Preview;

        Assert.Equal((3, 0L, false), (again.Unchanged, again.Changes, again.CanImport));
    }
}
