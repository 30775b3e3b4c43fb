using Dapper;
using System.Data.Common;
using PerfBot.Indicators;

namespace PerfBot.Store.Import;

/// <summary>Finds the indicator an import row means — by code, else by official name — creating it when it is new.</summary>
internal sealed class IndicatorResolver : IDisposable
{
    private readonly NewIndicators _new;
    private readonly Dictionary<string, long> _byCode;
    private readonly Dictionary<string, long> _byName;

    public int Created => _created.Count;

    /// <summary>The indicators this import created, in the order it created them.</summary>
    private readonly List<(long Id, string Name)> _created = [];
    private readonly HashSet<long> _createdIds = [];

    public IEnumerable<string> CreatedNames => _created.Select(c => c.Name);

    /// <summary>True for an indicator this import created: the store holds no figures for it yet.</summary>
    public bool IsNew(long id) => _createdIds.Contains(id);

    /// <param name="pipeline">The import's background work on the connection, if it has any, to wait for before using it.</param>
    public IndicatorResolver(DbConnection connection, DbTransaction transaction, ImportPipeline? pipeline = null)
    {
        _new = NewIndicators.For(connection, transaction, pipeline ?? new ImportPipeline());
        var rows = connection.Query<(long Id, string Code, string NameKey)>("SELECT id, code, name_key FROM indicators", transaction: transaction).ToList();
        _byCode = rows.ToDictionary(r => r.Code, r => r.Id, StringComparer.OrdinalIgnoreCase);
        _byName = rows.ToDictionary(r => r.NameKey, r => r.Id);
    }

    // A file spells each indicator the same way on all its rows: remember the spelling, not only the folded key.
    private readonly Dictionary<string, long> _bySpelling = new(StringComparer.Ordinal);

    // A file gives an indicator's rows one after another: the row above's name and code, resolved already, are compared
    // first (the same cell gives the same string, so mostly by reference) instead of hashing a long name again.
    private (string Name, string? Code, long Id)? _last;

    public long Resolve(string name, string? code, string? serviceArea, string? unit, Frequency? frequency, Polarity? polarity, string? owner)
    {
        if (_last is { } last && string.Equals(last.Name, name, StringComparison.Ordinal) && string.Equals(last.Code, code, StringComparison.Ordinal))
            return last.Id;
        var id = Find(name, code, serviceArea, unit, frequency, polarity, owner);
        _last = (name, code, id);
        return id;
    }

    private long Find(string name, string? code, string? serviceArea, string? unit, Frequency? frequency, Polarity? polarity, string? owner)
    {
        if (code is not null && _byCode.TryGetValue(code, out var byCode)) return byCode;
        if (code is null && _bySpelling.TryGetValue(name, out var bySpelling)) return bySpelling;
        var key = Names.Key(name);
        if (_byName.TryGetValue(key, out var byName))
        {
            if (code is null) _bySpelling[name] = byName;
            return byName;
        }

        var newCode = code ?? UniqueCode(Names.Slug(name));
        var id = _new.Add(new NewIndicator(newCode, name.Trim(), key, serviceArea, unit, frequency is { } f ? Words.Write(f) : null,
            Words.Write(polarity ?? Polarity.None), owner));
        _byCode[newCode] = id;
        _byName[key] = id;
        _created.Add((id, name.Trim()));
        _createdIds.Add(id);
        return id;
    }

    /// <summary>Writes the new indicators still held back (on PostgreSQL), before anything else refers to them.</summary>
    public void Flush() => _new.Flush();

    public void Dispose() => _new.Dispose();

    // Names cut to the same 60-character slug are common in a large catalogue: counting up from 2 for each of them
    // was quadratic (100,000 new indicators, 5% of the import). Codes are only ever added, so every number below the
    // one last given for a slug is still taken.
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.OrdinalIgnoreCase);

    private string UniqueCode(string slug)
    {
        var code = slug.Length == 0 ? "indicator" : slug;
        if (!_byCode.ContainsKey(code)) return code;
        for (var n = _nextSuffix.GetValueOrDefault(slug, 2); ; n++)
        {
            code = $"{slug}-{n}";
            if (_byCode.ContainsKey(code)) continue;
            _nextSuffix[slug] = n + 1;
            return code;
        }
    }
}
