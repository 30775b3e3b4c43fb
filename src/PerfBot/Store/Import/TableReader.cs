using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ExcelDataReader;

namespace PerfBot.Store.Import;

/// <summary>Reads CSV (UTF-8 with or without BOM, or Excel's Windows-1252) and XLSX files into a <see cref="Table"/>.</summary>
public static class TableReader
{
    static TableReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Table Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw Refuse(name, "the file does not exist.");
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0) throw Refuse(name, "the file is empty; expected a CSV or XLSX file with a header row and at least one data row.");
        if (IsZip(bytes)) return ReadWorkbook(name, bytes);
        if (IsBinary(bytes))
            throw Refuse(name, "the file is neither CSV nor XLSX (it holds binary data); export the sheet as CSV or save it as an Excel .xlsx workbook.");
        return ReadCsv(name, Decode(bytes));
    }

    private static ImportRefusedException Refuse(string file, string message) => new([new ImportProblem(file, message)]);

    private static bool IsZip(byte[] bytes) => bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;

    private static bool IsBinary(byte[] bytes) => bytes.AsSpan(0, Math.Min(bytes.Length, 8192)).Contains((byte)0);

    /// <summary>UTF-8 when the bytes are valid UTF-8 (with or without BOM); otherwise Excel's plain "CSV", which is Windows-1252.</summary>
    private static string Decode(byte[] bytes)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            return strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static Table ReadCsv(string name, string text)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            BadDataFound = null,
            MissingFieldFound = null,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.None,
        };
        using var csv = new CsvParser(new StringReader(text), configuration);
        var records = new List<string[]>();
        while (csv.Read()) records.Add(csv.Record ?? []);
        return ToTable(name, records);
    }

    private static Table ReadWorkbook(string name, byte[] bytes)
    {
        var records = new List<string[]>();
        try
        {
            using var stream = new MemoryStream(bytes);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            while (reader.Read())
            {
                var cells = new string[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++) cells[i] = WorkbookCell.Text(reader, i);
                records.Add(cells);
            }
        }
        catch (Exception e) when (e is not ImportRefusedException)
        {
            throw Refuse(name, $"the file looks like a zip archive but is not a readable XLSX workbook ({e.Message}).");
        }
        return ToTable(name, records);
    }

    private static Table ToTable(string name, List<string[]> records)
    {
        // Rows keep the numbers a spreadsheet shows; wholly blank rows are dropped only after numbering.
        var numbered = records.Select((cells, i) => new TableRow(i + 1, cells)).ToList();
        var firstRow = numbered.FirstOrDefault(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)));
        if (firstRow is null) throw Refuse(name, "the file has no header row; expected a header such as: indicator,period,value.");
        var headers = firstRow.Cells.Select(c => c?.Trim() ?? "").ToList();
        while (headers.Count > 0 && headers[^1].Length == 0 && !numbered.Any(r => r.Number > firstRow.Number && !string.IsNullOrWhiteSpace(r[headers.Count - 1])))
            headers.RemoveAt(headers.Count - 1);
        var rows = numbered.Where(r => r.Number > firstRow.Number && r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        return new Table(name, headers, rows);
    }
}
