using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace PerfBot.Store.Import;

/// <summary>What the store holds for a row's indicator and period, before the import writes it.</summary>
internal sealed record StoredFigure(string Name, string? Unit, bool Held, double? Value, double? Target, string? Rag, string? Direction,
    string? Commentary, string? Actions, string? Source);

/// <summary>
/// Reads the stored figures of a batch of rows by the measurements' primary key, each engine its fastest way: SQLite by
/// one prepared statement run per row (in-process, microseconds each; a statement with a parameter per row costs more to
/// bind than to run), PostgreSQL by one query joining the batch's keys as three arrays (one round trip a batch).
/// </summary>
internal abstract class StoredFigures : IDisposable
{
    public static StoredFigures For(DbConnection connection, DbTransaction transaction) => connection switch
    {
        SqliteConnection sqlite => new OnSqlite(sqlite, (SqliteTransaction)transaction),
        NpgsqlConnection postgres => new OnPostgres(postgres, transaction),
        _ => throw new NotSupportedException($"No stored-figure reader for {connection.GetType().Name}."),
    };

    public abstract Dictionary<(long, string), StoredFigure> Read(IReadOnlyList<(long Indicator, string End, string Label)> keys);

    public virtual void Dispose() { }

    protected const string Columns = "i.name, i.unit, m.indicator_id, m.value, m.target, m.reported_rag, m.reported_direction, m.commentary, m.actions, m.source";

    /// <summary>A row of <see cref="Columns"/> from <paramref name="at"/>.</summary>
    protected static StoredFigure ReadRow(DbDataReader reader, int at)
    {
        string? Text(int column) => reader.IsDBNull(at + column) ? null : reader.GetString(at + column);
        double? Number(int column) => reader.IsDBNull(at + column) ? null : reader.GetDouble(at + column);
        return new StoredFigure(reader.GetString(at), Text(1), !reader.IsDBNull(at + 2), Number(3), Number(4), Text(5), Text(6), Text(7), Text(8), Text(9));
    }

    private sealed class OnSqlite : StoredFigures
    {
        private readonly SqliteCommand _read;

        public OnSqlite(SqliteConnection connection, SqliteTransaction transaction)
        {
            _read = connection.CreateCommand();
            _read.Transaction = transaction;
            _read.CommandText = $"""
                SELECT {Columns} FROM indicators i
                LEFT JOIN measurements m ON m.indicator_id = i.id AND m.period_end = $end AND m.period = $label
                WHERE i.id = $indicator
                """;
            _read.Parameters.Add(new SqliteParameter("$indicator", SqliteType.Integer));
            _read.Parameters.Add(new SqliteParameter("$end", SqliteType.Text));
            _read.Parameters.Add(new SqliteParameter("$label", SqliteType.Text));
            _read.Prepare();
        }

        public override Dictionary<(long, string), StoredFigure> Read(IReadOnlyList<(long Indicator, string End, string Label)> keys)
        {
            var found = new Dictionary<(long, string), StoredFigure>(keys.Count);
            foreach (var (indicator, end, label) in keys)
            {
                _read.Parameters[0].Value = indicator;
                _read.Parameters[1].Value = end;
                _read.Parameters[2].Value = label;
                using var reader = _read.ExecuteReader();
                if (reader.Read()) found[(indicator, label)] = ReadRow(reader, 0);
            }
            return found;
        }

        public override void Dispose() => _read.Dispose();
    }

    private sealed class OnPostgres(NpgsqlConnection connection, DbTransaction transaction) : StoredFigures
    {
        public override Dictionary<(long, string), StoredFigure> Read(IReadOnlyList<(long Indicator, string End, string Label)> keys)
        {
            var found = new Dictionary<(long, string), StoredFigure>(keys.Count);
            if (keys.Count == 0) return found;
            using var reader = connection.ExecuteReader($"""
                SELECT k.indicator_id, k.period, {Columns}
                FROM unnest(@ids, @ends, @labels) AS k(indicator_id, period_end, period)
                JOIN indicators i ON i.id = k.indicator_id
                LEFT JOIN measurements m ON m.indicator_id = k.indicator_id AND m.period_end = k.period_end AND m.period = k.period
                """, new { ids = keys.Select(k => k.Indicator).ToArray(), ends = keys.Select(k => k.End).ToArray(), labels = keys.Select(k => k.Label).ToArray() },
                transaction);
            while (reader.Read()) found[(reader.GetInt64(0), reader.GetString(1))] = ReadRow((DbDataReader)reader, 2);
            return found;
        }
    }
}
