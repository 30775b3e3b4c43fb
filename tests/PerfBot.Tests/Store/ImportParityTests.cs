using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Tests.Store;

/// <summary>
/// The same file imported into the same store on either engine leaves the same rows, though PostgreSQL writes new
/// indicators, their columns and committee links in batches at the end and SQLite row by row.
/// </summary>
[Collection(Support.PostgresCollection.Name)]
public sealed class ImportParityTests
{
    // An existing indicator's rows each give some of its columns; a new one's unit is given twice. Row by row, each
    // non-empty cell overwrites the one before.
    private const string File = """
        indicator,service_area,unit,owner,committee,period,value
        Percentage of looked after children placed outside the council area,Children's Services,,,People and Health Scrutiny Committee,Oct-25,11
        Percentage of looked after children placed outside the council area,,%,,People and Health Scrutiny Committee,Nov-25,12
        Percentage of looked after children placed outside the council area,Children and Families,,Head of Placements,People and Health Scrutiny Committee,Dec-25,13
        Winter gritting routes completed,Highways,routes,,People and Health Scrutiny Committee,Oct-25,97
        Winter gritting routes completed,,%,Highways Manager,People and Health Scrutiny Committee,Nov-25,98
        Pothole repairs within 28 days,Highways,%,,People and Health Scrutiny Committee,Oct-25,81
        """;

    /// <summary>Every indicator with its columns, committees and figures, by code: PostgreSQL numbers new indicators from reserved blocks, so ids may differ.</summary>
    private static List<string> Described(TempStore store)
    {
        var repository = new IndicatorRepository(store.Database);
        return repository.Indicators().OrderBy(i => i.Code, StringComparer.Ordinal).Select(i =>
            $"{i.Code}|{i.Name}|{i.ServiceArea}|{i.Unit}|{i.Frequency}|{i.Polarity}|{i.Owner}|{string.Join(";", i.Committees)}|"
            + string.Join(";", repository.Measurements(i.Id).Select(m => $"{m.Period.Label}={m.Value}"))).ToList();
    }

    private static long Version(TempStore store)
    {
        using var connection = store.Database.Open();
        return Dapper.SqlMapper.ExecuteScalar<long>(connection, "SELECT version FROM store_version WHERE id = 1");
    }

    [Fact]
    public void A_file_that_sets_columns_row_by_row_leaves_the_same_store_on_both_engines_and_importing_it_again_changes_nothing()
    {
        using var sqlite = TempStore.WithDemoData(StoreEngine.Sqlite);
        using var postgres = TempStore.WithDemoData(StoreEngine.Postgres);

        var summaries = new[] { sqlite, postgres }.Select(s => MeasureImporter.Import(s.Database, s.WriteFile("measures.csv", File))).ToList();
        var stores = new[] { sqlite, postgres }.Select(Described).ToList();
        var version = Version(postgres);
        var again = new[] { sqlite, postgres }.Select(s => MeasureImporter.Import(s.Database, s.WriteFile("measures.csv", File))).ToList();

        Assert.Equal(summaries[0], summaries[1]);
        Assert.Equal(2, summaries[1].IndicatorsCreated);
        Assert.Equal(stores[0], stores[1]);
        Assert.Contains(stores[1], i => i.Contains("|Children and Families|%|") && i.Contains("|Head of Placements|"));
        Assert.Contains(stores[1], i => i.StartsWith("winter-gritting-routes-completed|Winter gritting routes completed|Highways|%|") && i.Contains("|Highways Manager|"));
        Assert.Equal(again[0], again[1]);
        Assert.Equal(stores[1], Described(postgres));
        Assert.Equal(version, Version(postgres)); // nothing changed, so nothing was bumped
    }

    /// <summary>More rows than one batch holds, so PostgreSQL merges several while the rest of the file is read.</summary>
    private static string Large(int indicators, string? badValueAt = null)
    {
        var text = new System.Text.StringBuilder("indicator,committee,period,value\n");
        var first = PerfBot.Indicators.Period.Month(2014, 1);
        for (var i = 0; i < indicators; i++)
            for (var p = 0; p < 120; p++)
            {
                var label = first.Shift(p).Label;
                var value = $"Synthetic indicator {i}|{label}" == badValueAt ? "not a number" : (i + p * 0.5).ToString(System.Globalization.CultureInfo.InvariantCulture);
                text.Append($"Synthetic indicator {i},People and Health Scrutiny Committee,{label},{value}\n");
            }
        return text.ToString();
    }

    [Fact]
    public void A_file_of_several_batches_is_imported_whole_on_both_engines_or_when_its_last_batch_has_a_bad_row_not_at_all()
    {
        using var sqlite = TempStore.WithDemoData(StoreEngine.Sqlite);
        using var postgres = TempStore.WithDemoData(StoreEngine.Postgres);
        var before = postgres.Dump();

        var refused = Assert.Throws<ImportRefusedException>(() =>
            MeasureImporter.Import(postgres.Database, postgres.WriteFile("bad.csv", Large(400, badValueAt: $"Synthetic indicator 399|{PerfBot.Indicators.Period.Month(2014, 1).Shift(119).Label}"))));
        Assert.Contains("row 48001", refused.Message);
        Assert.Equal(before, postgres.Dump());

        var summaries = new[] { sqlite, postgres }.Select(s => MeasureImporter.Import(s.Database, s.WriteFile("large.csv", Large(400)))).ToList();
        Assert.Equal(summaries[0], summaries[1]);
        Assert.Equal(48_000, summaries[1].MeasurementsAdded);
        Assert.Equal(Described(sqlite), Described(postgres));
    }
}
