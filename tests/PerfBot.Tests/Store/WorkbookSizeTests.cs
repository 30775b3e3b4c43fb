using System.IO.Compression;
using PerfBot.Store.Import;

namespace PerfBot.Tests.Store;

/// <summary>
/// An XLSX is a zip: a few megabytes can unzip to gigabytes, and ExcelDataReader keeps the shared strings in memory.
/// A workbook larger than the limit on disk or unzipped is refused with one plain sentence before it is read.
/// </summary>
public class WorkbookSizeTests : IDisposable
{
    private readonly TempStore _store = TempStore.Empty("People and Health Scrutiny Committee");

    public void Dispose() => _store.Dispose();

    /// <summary>A real workbook whose shared-strings table holds one string of <paramref name="characters"/> characters.</summary>
    private string Workbook(string name, long characters)
    {
        var path = Path.Combine(_store.Folder, name);
        XlsxWriter.Write(path, [["indicator", "period", "value"], ["Foster carers", "Oct-20", 206d]]);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry("xl/sharedStrings.xml")?.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open());
        writer.Write("""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>""");
        var block = new string('a', 1 << 16);
        for (long written = 0; written < characters; written += block.Length) writer.Write(block);
        writer.Write("</t></si></sst>");
        return path;
    }

    private ImportRefusedException Refused(string path) => _store.Refuses(path, p => MeasureImporter.Import(_store.Database, p));

    [Fact]
    public void A_workbook_that_unzips_past_the_limit_is_refused_with_one_sentence()
    {
        var path = Workbook("bomb.xlsx", WorkbookSize.MaxBytes + 1);
        Assert.True(new FileInfo(path).Length < 2_000_000);

        var problem = Assert.Single(Refused(path).Problems);

        Assert.Equal("bomb.xlsx", problem.File);
        Assert.Contains("unzipped", problem.Message);
        Assert.Contains("save the sheet as CSV", problem.Message);
        Assert.DoesNotContain("\n", problem.Message);
    }

    [Fact]
    public void A_workbook_larger_than_the_limit_on_disk_is_refused_with_one_sentence()
    {
        // A zip's signature, then (sparsely) enough bytes to be past the limit.
        var path = _store.WriteBytes("huge.xlsx", "PK\u0003\u0004"u8.ToArray());
        using (var file = File.OpenWrite(path)) file.SetLength(WorkbookSize.MaxBytes + 1);

        var problem = Assert.Single(Refused(path).Problems);

        Assert.Contains("on disk", problem.Message);
    }

    [Fact]
    public void A_workbook_within_the_limit_is_read()
    {
        var summary = MeasureImporter.Import(_store.Database, Workbook("fine.xlsx", 1_000_000));
        Assert.Equal(1, summary.MeasurementsAdded);
    }
}
