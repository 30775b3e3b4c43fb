using System.Text;
using PerfBot.Store.Import;
using Xunit.Abstractions;

namespace PerfBot.Tests.Store;

/// <summary>
/// A corpus of damaged copies of a real export (the demo's Q2 2025/26 measures): bytes of other encodings, NULs,
/// stray quotes, invisible and control characters, cut-off files, impossible periods, one at a time at spread-out
/// places. Every one is either refused — with a located, printable, short message and the store byte-identical — or
/// imported with nothing invisible or control stored. None may end in any other exception.
/// </summary>
public sealed class ImportCorpusTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempStore _store = TempStore.WithDemoData();

    public void Dispose() => _store.Dispose();

    private static readonly (string Name, byte[] Bytes)[] Insertions =
    [
        ("nul", [0x00]), ("1252 pound", [0xA3]), ("1252 undefined", [0x81]), ("quote", "\""u8.ToArray()),
        ("vertical tab", [0x0B]), ("bom", [0xEF, 0xBB, 0xBF]), ("zero-width space", [0xE2, 0x80, 0x8B]), ("escape", [0x1B]),
        ("overlong", [0xC0, 0x80]), ("surrogate", [0xED, 0xA0, 0x80]), ("invalid lead", [0xF8]), ("bell and rtl override", [0x07, 0xE2, 0x80, 0xAE]),
    ];

    private static IEnumerable<(string Name, byte[] Bytes)> Corpus()
    {
        var original = File.ReadAllBytes(Path.Combine(TestPaths.DemoData, "measures-2025-q2.csv"));
        var lines = Encoding.UTF8.GetString(original).Split('\n');
        // Eight places: inside the header, early and late cells of the first rows, and deep in the file.
        var places = new[] { 3, 200, 700, 1500, 4000, 8300, 12000, original.Length - 5 };
        foreach (var place in places)
            foreach (var (name, bytes) in Insertions)
                yield return ($"{name} at byte {place}", [.. original[..place], .. bytes, .. original[place..]]);
        yield return ("cut in the middle of a quoted cell", original[..(original.Length / 2)]);
        yield return ("header only", Encoding.UTF8.GetBytes(lines[0] + "\n"));
        yield return ("UTF-16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(original))).ToArray());
        yield return ("period 9999", Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(original).Replace("Q2 2025/26", "9999")));
        yield return ("period Feb-30", Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(original).Replace("Q2 2025/26", "Feb-30")));
        yield return ("period 0000", Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(original).Replace("Q2 2025/26", "0000")));
    }

    [Fact]
    public void Every_damaged_file_is_refused_cleanly_or_stored_clean()
    {
        int refused = 0, imported = 0;
        foreach (var (name, bytes) in Corpus())
        {
            var path = _store.WriteBytes("corpus.csv", bytes);
            var before = _store.Dump();
            try
            {
                MeasureImporter.Import(_store.Database, path);
                imported++;
                var dump = _store.Dump();
                Assert.False(dump.Any(c => char.IsControl(c) && c is not ('\n' or '\t' or '\r')), $"{name}: a control character was stored");
                Assert.False(dump.Any(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format), $"{name}: a format character was stored");
            }
            catch (ImportRefusedException e)
            {
                refused++;
                Assert.True(before == _store.Dump(), $"{name}: the store changed on a refusal");
                Assert.All(e.Problems, p => Assert.True(p.ToString().Length < 400 && !p.ToString().Any(char.IsControl), $"{name}: {p}"));
                Assert.All(e.Problems, p => Assert.True(p.Row is not null || p.Message.Contains("no data rows", StringComparison.Ordinal), $"{name}: not located: {p}"));
            }
        }
        output.WriteLine($"{refused + imported} damaged files: {refused} refused, {imported} imported clean.");
        Assert.Equal(Insertions.Length * 8 + 6, refused + imported);
    }
}
