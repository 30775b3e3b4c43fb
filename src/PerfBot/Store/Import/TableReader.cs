using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ExcelDataReader;

namespace PerfBot.Store.Import;

/// <summary>
/// Reads CSV (UTF-8 with or without BOM, or Excel's Windows-1252) and XLSX files as a header and a stream of rows, so
/// a million-row export never has to sit in memory.
/// </summary>
public static class TableReader
{
    static TableReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const int ReadBuffer = 1 << 16;

    /// <summary>The whole file, for the small files officers keep (catalogue, vocabulary).</summary>
    public static SourceTable Read(string path)
    {
        using var source = Open(path);
        return new SourceTable(source.FileName, source.Headers, source.Rows.ToList());
    }

    public static TableSource Open(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw Refuse(name, "the file does not exist.");
        var head = new byte[4];
        int read;
        using (var probe = File.OpenRead(path)) read = probe.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read == 0) throw Refuse(name, "the file is empty; expected a CSV or XLSX file with a header row and at least one data row.");
        if (read == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return OpenWorkbook(name, path);
        return OpenCsv(name, path);
    }

    internal static ImportRefusedException Refuse(string file, string message) => new([new ImportProblem(file, message)]);

    private static TableSource OpenCsv(string name, string path)
    {
        BadDataFoundArgs? badData = null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            // A quote that is never closed, or one inside an unquoted cell: the rows after it would be read into one cell.
            BadDataFound = args => badData ??= args,
            MissingFieldFound = null,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.None,
            // Reads of 64 KB instead of 4 KB: refilling the buffer was two fifths of parsing a large file.
            BufferSize = ReadBuffer,
        };
        var reader = new StreamReader(path, CsvBytes.Encoding(name, path), detectEncodingFromByteOrderMarks: true, ReadBuffer);
        var parser = new CsvParser(reader, configuration);
        var number = 0;
        return TableSource.Start(name, Records(), parser);

        IEnumerable<(int, string?[])> Records()
        {
            while (parser.Read())
            {
                number++;
                var record = parser.Record ?? [];
                if (badData is { } bad) throw BadQuote(name, number, bad);
                yield return (number, record);
            }
        }
    }

    private static ImportRefusedException BadQuote(string file, int row, BadDataFoundArgs bad)
    {
        var unclosed = bad.Field.StartsWith('"') && !bad.Field.EndsWith('"');
        var message = unclosed
            ? "a quote opens a cell here and is never closed, so every row after it would be read into that cell; close the quote or remove it."
            : "a cell here holds a quote but does not start with one; a cell with quotes in it must be quoted, with each quote doubled (\"\").";
        return new([new ImportProblem(file, message, Row: row, Value: bad.Field)]);
    }

    private static TableSource OpenWorkbook(string name, string path)
    {
        WorkbookSize.Check(name, path);
        IExcelDataReader reader;
        var stream = File.OpenRead(path);
        try
        {
            reader = ExcelReaderFactory.CreateReader(stream);
        }
        catch (Exception e)
        {
            stream.Dispose();
            throw Refuse(name, $"the file looks like a zip archive but is not a readable XLSX workbook ({e.Message}).");
        }
        var number = 0;
        return TableSource.Start(name, Records(), reader, stream);

        IEnumerable<(int, string?[])> Records()
        {
            while (true)
            {
                bool more;
                try { more = reader.Read(); }
                catch (Exception e) { throw Refuse(name, $"the workbook could not be read past row {number} ({e.Message})."); }
                if (!more) yield break;
                var cells = new string?[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++) cells[i] = WorkbookCell.Text(reader, i);
                yield return (++number, cells);
            }
        }
    }
}

/// <summary>An open file: its header row and the data rows still to read. Blank rows are skipped but keep their numbers.</summary>
public sealed class TableSource : IDisposable
{
    private readonly IEnumerator<(int Number, string?[] Cells)> _records;
    private readonly IDisposable[] _owned;

    public string FileName { get; }
    public IReadOnlyList<string> Headers { get; }
    public IEnumerable<SourceRow> Rows { get; }

    private TableSource(string fileName, IReadOnlyList<string> headers, IEnumerator<(int, string?[])> records, IDisposable[] owned)
    {
        FileName = fileName;
        Headers = headers;
        _records = records;
        _owned = owned;
        Rows = Remaining();
    }

    internal static TableSource Start(string name, IEnumerable<(int Number, string?[] Cells)> records, params IDisposable[] owned)
    {
        var enumerator = records.GetEnumerator();
        while (enumerator.MoveNext())
        {
            var cells = enumerator.Current.Cells;
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var headers = cells.Select(c => CellText.Line(c) ?? "").ToList();
            // A workbook often reports empty trailing columns; a blank header matters only where the column holds data, which the map checks.
            while (headers.Count > 0 && headers[^1].Length == 0) headers.RemoveAt(headers.Count - 1);
            return new TableSource(name, headers, enumerator, owned);
        }
        enumerator.Dispose();
        foreach (var o in owned) o.Dispose();
        throw TableReader.Refuse(name, "the file has no header row; expected a header such as: indicator,period,value.");
    }

    private IEnumerable<SourceRow> Remaining()
    {
        while (_records.MoveNext())
        {
            var (number, cells) = _records.Current;
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            yield return new SourceRow(number, cells);
        }
    }

    public void Dispose()
    {
        _records.Dispose();
        foreach (var owned in _owned) owned.Dispose();
    }
}
