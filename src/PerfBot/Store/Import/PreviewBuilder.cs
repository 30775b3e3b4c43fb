using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PerfBot.Store.Import;

/// <summary>
/// Gathers an import's effect row by row into an <see cref="ImportPreview"/>: counts of everything, the first
/// <see cref="ImportPreview.Listed"/> entries of each list, and a hash of every row's effect.
/// </summary>
internal sealed class PreviewBuilder(string file, string sha256) : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<string> _newIndicators = [];
    private readonly List<PreviewFigure> _figures = [];
    private readonly List<PreviewCorrection> _corrections = [];
    private readonly List<PreviewUpdate> _updates = [];
    private int _newIndicatorCount, _figureCount, _correctionCount, _updateCount, _unchanged;

    public void NewIndicator(string name)
    {
        Hash($"indicator|{name}");
        if (_newIndicatorCount++ < ImportPreview.Listed) _newIndicators.Add(name);
    }

    public void NewFigure(PreviewFigure figure, long indicatorId)
    {
        Hash($"new|{figure.Row}|{indicatorId}|{figure.Period}|{figure.Value}");
        if (_figureCount++ < ImportPreview.Listed) _figures.Add(figure);
    }

    public void Correction(PreviewCorrection correction, long indicatorId)
    {
        Hash($"corrected|{correction.Row}|{indicatorId}|{correction.Period}|{string.Join(';', correction.Changes.Select(c => $"{c.Field}:{c.Was}>{c.Now}"))}");
        if (_correctionCount++ < ImportPreview.Listed) _corrections.Add(correction);
    }

    public void Update(PreviewUpdate update, long indicatorId)
    {
        Hash($"updated|{update.Row}|{indicatorId}|{update.Period}|{string.Join(';', update.Fields)}");
        if (_updateCount++ < ImportPreview.Listed) _updates.Add(update);
    }

    public void Unchanged(int row, long indicatorId, string period)
    {
        Hash($"same|{row}|{indicatorId}|{period}");
        _unchanged++;
    }

    /// <param name="otherChanges">Rows written beside the figures: benchmarks, indicator details, committee links.</param>
    public ImportPreview Build(int rows, long otherChanges)
    {
        Hash(string.Create(CultureInfo.InvariantCulture, $"totals|{rows}|{_newIndicatorCount}|{_figureCount}|{_correctionCount}|{_updateCount}|{_unchanged}|{otherChanges}|{sha256}"));
        HashGathered();
        return new ImportPreview(file, sha256, rows, _newIndicatorCount, _newIndicators, _figureCount, _figures, _correctionCount, _corrections,
            _updateCount, _updates, _unchanged, otherChanges, [], Convert.ToHexStringLower(_hash.GetHashAndReset()));
    }

    // Lines are gathered and hashed 64 KB at a time: one call into the hash per row of a million-row file was a tenth of
    // its import. The bytes hashed, and so the fingerprint, are the same.
    private readonly byte[] _lines = new byte[1 << 16];
    private int _gathered;

    private void Hash(string line)
    {
        var most = Encoding.UTF8.GetMaxByteCount(line.Length) + 1;
        if (_gathered + most > _lines.Length) HashGathered();
        if (most > _lines.Length)
        {
            _hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
            return;
        }
        _gathered += Encoding.UTF8.GetBytes(line, _lines.AsSpan(_gathered));
        _lines[_gathered++] = (byte)'\n';
    }

    private void HashGathered()
    {
        _hash.AppendData(_lines, 0, _gathered);
        _gathered = 0;
    }

    public void Dispose() => _hash.Dispose();
}
