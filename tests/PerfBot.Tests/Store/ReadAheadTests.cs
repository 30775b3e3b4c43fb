using System.Text;
using PerfBot.Store.Import;

namespace PerfBot.Tests.Store;

/// <summary>
/// The import reads its file on another thread, batches ahead: every row still comes out once and in order, a failure
/// reading the file comes out after the rows before it, and leaving early closes the reading before it returns.
/// </summary>
public class ReadAheadTests : IDisposable
{
    private readonly TempStore _store = TempStore.WithDemoData();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Every_row_comes_out_once_in_the_order_read_across_many_batches()
    {
        Assert.Equal(Enumerable.Range(1, 10_007), ReadAhead.Of(Enumerable.Range(1, 10_007)).ToList());
        Assert.Empty(ReadAhead.Of(Enumerable.Empty<int>()));
    }

    [Fact]
    public void A_failure_reading_comes_out_after_the_rows_before_it()
    {
        var seen = new List<int>();
        var failure = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var row in ReadAhead.Of(FailingAfter(5_000))) seen.Add(row);
        });

        Assert.Equal("row 5001", failure.Message);
        Assert.Equal(Enumerable.Range(1, 5_000), seen);
    }

    [Fact]
    public void Leaving_early_stops_the_reading_before_it_returns()
    {
        var closed = false;
        foreach (var row in ReadAhead.Of(Endless(() => closed = true)))
            if (row == 3) break;

        Assert.True(closed);
    }

    [Fact]
    public void A_stray_quote_deep_in_a_large_file_is_refused_at_its_row_with_nothing_stored()
    {
        var before = _store.Dump();
        var csv = new StringBuilder("indicator,period,value\n");
        for (var i = 0; i < 3_000; i++) csv.Append($"Read ahead {i},Oct-20,{i}\n");
        csv.Append("Read \"ahead,Nov-20,1\n");
        for (var i = 0; i < 3_000; i++) csv.Append($"Read ahead {i},Dec-20,{i}\n");

        var refused = _store.Refuses(_store.WriteFile("deep.csv", csv.ToString()), p => MeasureImporter.Import(_store.Database, p));

        Assert.Equal(3_002, Assert.Single(refused.Problems).Row);
        Assert.Equal(before, _store.Dump());
    }

    private static IEnumerable<int> FailingAfter(int rows)
    {
        for (var i = 1; i <= rows; i++) yield return i;
        throw new InvalidDataException($"row {rows + 1}");
    }

    private static IEnumerable<int> Endless(Action closed)
    {
        try
        {
            for (var i = 1; ; i++) yield return i;
        }
        finally
        {
            closed();
        }
    }
}
