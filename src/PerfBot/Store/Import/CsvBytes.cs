using System.Buffers;
using System.Text;
using PerfBot.Council;

namespace PerfBot.Store.Import;

/// <summary>
/// Reads a CSV file's bytes once, before any row is parsed, to choose its encoding: UTF-8 when every byte sequence is
/// UTF-8; Windows-1252 (Excel's plain "CSV") when none is a multi-byte UTF-8 sequence and every byte is a Windows-1252
/// character. A file that is partly both — a UTF-8 export with one pasted £ in Windows-1252 — would turn "Children’s"
/// into "Childrenâ€™s" either way, so it is refused, with the row and byte where the bytes stop being UTF-8. So is a
/// file with a NUL anywhere, which no text export holds.
/// </summary>
internal static class CsvBytes
{
    // Bytes Windows-1252 leaves undefined.
    private static readonly SearchValues<byte> Undefined1252 = SearchValues.Create([0x81, 0x8D, 0x8F, 0x90, 0x9D]);

    public static Encoding Encoding(string file, string path)
    {
        var scan = Scan(path);
        if (scan.Nul is { } nul)
            throw Refuse(file, path, nul, "the file holds binary data (a NUL byte), so it is neither CSV nor XLSX (a UTF-16 \"Unicode Text\" export holds them too); " +
                               "export the sheet as \"CSV UTF-8\" or save it as an Excel .xlsx workbook.");
        if (scan.NotUtf8 is not { } notUtf8) return new UTF8Encoding(false);
        if (scan.HasMultiByteUtf8)
            throw Refuse(file, path, notUtf8, "the file is UTF-8 up to this byte but this byte is not, as if text in another encoding (often a £ or ’ in Windows-1252) " +
                                         "was pasted in; save the whole file again as \"CSV UTF-8\".");
        if (scan.Undefined1252 is { } undefined)
            throw Refuse(file, path, undefined, "this byte is neither UTF-8 nor a Windows-1252 character; save the file again as \"CSV UTF-8\".");
        return System.Text.Encoding.GetEncoding(1252);
    }

    private static ImportRefusedException Refuse(string file, string path, long offset, string message) =>
        new([new ImportProblem(file, $"at byte {offset.ToString("N0", CouncilCulture.English)}: {message}", Row: RowAt(path, offset))]);

    private sealed class Result
    {
        public long? Nul, NotUtf8, Undefined1252;
        public bool HasMultiByteUtf8;
    }

    // Runs of plain ASCII are skipped a vector at a time: an export is mostly ASCII, and looking at each of its bytes
    // was a seventh of a large import. Rows are counted only for a refused file, from its start to the byte refused.
    private static Result Scan(string path)
    {
        var result = new Result();
        var utf8 = new Utf8Check();
        var buffer = new byte[1 << 16];
        long offset = 0;
        using var stream = File.OpenRead(path);
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var bytes = buffer.AsSpan(0, read);
            for (var i = 0; i < read; i++)
            {
                if (utf8.Idle)
                {
                    var notAscii = bytes[i..].IndexOfAnyExceptInRange((byte)0x01, (byte)0x7F);
                    if (notAscii < 0) break;
                    i += notAscii;
                }
                var b = bytes[i];
                if (b == 0)
                {
                    result.Nul = offset + i;
                    return result;
                }
                if (!utf8.Next(b, offset + i))
                {
                    result.NotUtf8 ??= utf8.SequenceStart;
                    // Carry on from this byte, so UTF-8 later in the file is still seen.
                    utf8.Reset();
                    if (b >= 0x80) utf8.Next(b, offset + i);
                }
                if (result.Undefined1252 is null && Undefined1252.Contains(b)) result.Undefined1252 = offset + i;
            }
            offset += read;
        }
        if (!utf8.Idle) result.NotUtf8 ??= utf8.SequenceStart;
        result.HasMultiByteUtf8 = utf8.SawMultiByte;
        return result;
    }

    /// <summary>The row the byte at this offset is in (a sequence's bytes never span a line break).</summary>
    private static int RowAt(string path, long offset)
    {
        var rows = new RowCounter();
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        for (long at = 0; at < offset; at++) rows.Next((byte)stream.ReadByte());
        return rows.Row;
    }

    /// <summary>UTF-8's well-formed byte sequences (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).</summary>
    private sealed class Utf8Check
    {
        private int _needed;
        private byte _low = 0x80, _high = 0xBF;

        public long SequenceStart { get; private set; }
        public bool SawMultiByte { get; private set; }
        public bool Idle => _needed == 0;

        public void Reset() => (_needed, _low, _high) = (0, (byte)0x80, (byte)0xBF);

        /// <summary>False when the byte breaks the sequence (reported at the sequence's first byte).</summary>
        public bool Next(byte b, long offset)
        {
            if (_needed > 0)
            {
                if (b < _low || b > _high) return false;
                (_low, _high) = ((byte)0x80, (byte)0xBF);
                if (--_needed == 0) SawMultiByte = true;
                return true;
            }
            SequenceStart = offset;
            (_needed, _low, _high) = b switch
            {
                < 0x80 => (0, (byte)0x80, (byte)0xBF),
                >= 0xC2 and <= 0xDF => (1, (byte)0x80, (byte)0xBF),
                0xE0 => (2, (byte)0xA0, (byte)0xBF),
                0xED => (2, (byte)0x80, (byte)0x9F),
                >= 0xE1 and <= 0xEF => (2, (byte)0x80, (byte)0xBF),
                0xF0 => (3, (byte)0x90, (byte)0xBF),
                >= 0xF1 and <= 0xF3 => (3, (byte)0x80, (byte)0xBF),
                0xF4 => (3, (byte)0x80, (byte)0x8F),
                _ => (-1, (byte)0, (byte)0),
            };
            if (_needed >= 0) return true;
            _needed = 0;
            return false;
        }
    }

    /// <summary>
    /// The spreadsheet row a byte is in, as the parser numbers them: the header is row 1, a line break inside quotes
    /// stays in its row, and empty lines are not rows.
    /// </summary>
    private sealed class RowCounter
    {
        private int _completed;
        private bool _inQuotes, _lineHasContent;

        public int Row => _completed + 1;

        public void Next(byte b)
        {
            if (b == (byte)'"') _inQuotes = !_inQuotes;
            if (b == (byte)'\n')
            {
                if (!_inQuotes && _lineHasContent) { _completed++; _lineHasContent = false; }
            }
            else if (b != (byte)'\r') _lineHasContent = true;
        }
    }
}
