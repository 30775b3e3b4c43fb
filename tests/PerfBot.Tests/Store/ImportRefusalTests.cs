using PerfBot.Tests.Support;
using System.Text;
using PerfBot.Council;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Tests.Store;

/// <summary>Each bad file gets a clear, located error, and the store — on either engine — is left exactly as it was.</summary>
public abstract class ImportRefusalTests(StoreEngine engine) : IDisposable
{
    private readonly TempStore _store = TempStore.WithDemoData(engine);

    public sealed class OnSqlite() : ImportRefusalTests(StoreEngine.Sqlite);

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres() : ImportRefusalTests(StoreEngine.Postgres);

    public void Dispose() => _store.Dispose();

    private ImportRefusedException Refused(string path, CouncilClock? clock = null) =>
        _store.Refuses(path, p => MeasureImporter.Import(_store.Database, p, clock));

    [Fact]
    public void Missing_required_column()
    {
        var refused = Refused(_store.WriteFile("no-value.csv", "indicator,period\nFoster carers,Oct-20\n"));
        Assert.Contains("required column 'value' is missing", refused.Message);
    }

    [Fact]
    public void Unknown_column_lists_the_allowed_ones()
    {
        var refused = Refused(_store.WriteFile("typo.csv", "indicator,period,vlaue\nFoster carers,Oct-20,206\n"));
        var problem = Assert.Single(refused.Problems, p => p.Value == "vlaue");
        Assert.Equal(1, problem.Row);
        Assert.Equal(2, problem.Column);
        Assert.Contains("benchmark_good_plus", problem.Message);
        Assert.Contains("row 1, column C: 'vlaue' is not a known column", refused.Message);
    }

    [Fact]
    public void Every_bad_row_is_reported_not_only_the_first()
    {
        var refused = Refused(_store.WriteFile("bad.csv",
            "indicator,period,value,rag\nFoster carers,Oct-20,206,Amber\nFoster carers,Nov-20,twelve,Amber\nFoster carers,Octember,200,Amber\nFoster carers,Dec-20,201,Purple\n"));
        Assert.Equal(3, refused.Problems.Count);
        Assert.Contains("bad.csv: row 3, column C (value): 'twelve' is not a number", refused.Message);
        Assert.Contains("bad.csv: row 4, column B (period): 'Octember' is not a period", refused.Message);
        Assert.Contains("bad.csv: row 5, column D (rag): 'Purple' is not a valid rag; expected Red, Amber or Green", refused.Message);
    }

    [Fact]
    public void Unknown_committee_is_refused_and_no_committee_is_created()
    {
        var refused = Refused(_store.WriteFile("committee.csv",
            "indicator,period,value,committee\nFoster carers,Oct-20,206,People and Helth Scrutiny Committee\n"));
        Assert.Contains("'People and Helth Scrutiny Committee' is not a committee PerfBot knows", refused.Message);
        Assert.Contains("people and health scrutiny committee", refused.Message);
    }

    [Fact]
    public void The_same_indicator_and_period_twice_with_different_values()
    {
        var refused = Refused(_store.WriteFile("twice.csv",
            "indicator,period,value\nNew measure,Oct-20,5\nNew measure,October 2020,6\n"));
        Assert.Contains("appears in rows 2 and 3 with different values", refused.Message);
    }

    [Fact]
    public void Empty_file() =>
        Assert.Contains("the file is empty", Refused(_store.WriteFile("empty.csv", "")).Message);

    [Fact]
    public void Header_only() =>
        Assert.Contains("has a header row but no data rows", Refused(_store.WriteFile("header.csv", "indicator,period,value\r\n")).Message);

    [Fact]
    public void Not_csv_or_xlsx() =>
        Assert.Contains("neither CSV nor XLSX", Refused(_store.WriteBytes("picture.csv", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])).Message);

    [Fact]
    public void A_zip_that_is_not_a_workbook()
    {
        var path = Path.Combine(_store.Folder, "archive.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
            using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open())) writer.Write("hello");
        Assert.Contains("not a readable XLSX workbook", Refused(path).Message);
    }

    [Fact]
    public void Xlsx_with_a_blank_header_cell()
    {
        var path = Path.Combine(_store.Folder, "blank-header.xlsx");
        XlsxWriter.Write(path, [["indicator", "period", null, "value"], ["Foster carers", "Oct-20", "note", 206d]]);
        var refused = Refused(path);
        var problem = Assert.Single(refused.Problems);
        Assert.Equal(2, problem.Column);
        Assert.Contains("row 1, column C: the header cell is blank", refused.Message);
    }

    [Fact]
    public void Required_cells_left_empty()
    {
        var refused = Refused(_store.WriteFile("gaps.csv", "indicator,period,value\n,Oct-20,5\nFoster carers,,5\nFoster carers,Oct-20,\n"));
        Assert.Equal(3, refused.Problems.Count);
        Assert.All(refused.Problems, p => Assert.Contains("is required and this cell is empty", p.Message));
    }

    [Fact]
    public void A_problem_in_the_last_row_leaves_earlier_good_rows_unwritten()
    {
        var lines = new StringBuilder("indicator,period,value\n");
        for (var i = 0; i < 500; i++) lines.AppendLine($"Brand new measure {i},Oct-20,{i}");
        lines.AppendLine("Brand new measure 500,Oct-20,n/a");
        var refused = Refused(_store.WriteFile("late-error.csv", lines.ToString()));
        Assert.Equal(502, Assert.Single(refused.Problems).Row);
    }

    [Fact]
    public void A_period_that_has_not_ended_yet_is_refused()
    {
        var clock = new CouncilClock(new FakeTimeProvider(DateTimeOffset.Parse("2026-01-05T09:00:00Z")));
        var refused = Refused(_store.WriteFile("future.csv",
            "indicator,period,value\nFoster carers,Feb-30,5\nFoster carers,Dec-25,6\nFoster carers,Jan-26,7\nFoster carers,Q4 2025/26,8\n"), clock);

        Assert.Equal([2, 4, 5], refused.Problems.Select(p => p.Row));
        Assert.Contains("future.csv: row 2, column B (period): 'Feb-30' is February 2030, which has not ended yet", refused.Message);
        Assert.Contains("'Q4 2025/26' is January–March 2026, which has not ended yet", refused.Message);
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("0000")]
    [InlineData("Jan-9999")]
    public void A_year_outside_1900_to_2199_is_not_a_period(string period)
    {
        var refused = Refused(_store.WriteFile("years.csv", $"indicator,period,value\nFoster carers,{period},5\n"));
        Assert.Contains($"years.csv: row 2, column B (period): '{period}' is not a period", refused.Message);
    }
}
