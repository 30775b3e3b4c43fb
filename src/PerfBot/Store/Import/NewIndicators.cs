using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace PerfBot.Store.Import;

/// <summary>An indicator an import creates, as its row in the indicators table.</summary>
internal sealed record NewIndicator(string Code, string Name, string NameKey, string? ServiceArea, string? Unit, string? Frequency, string Polarity, string? Owner);

/// <summary>
/// Where an import's new indicators go. SQLite inserts each at once: a statement there is a call into the library, with
/// nothing to save. PostgreSQL reserves ids from the indicators' identity a block at a time and writes the rows with one
/// COPY before anything that refers to them — three round trips per new indicator were most of a large first import.
/// </summary>
internal abstract class NewIndicators : IDisposable
{
    public static NewIndicators For(DbConnection connection, DbTransaction transaction, ImportPipeline pipeline) => connection is NpgsqlConnection postgres
        ? new PostgresNewIndicators(postgres, transaction, pipeline)
        : new InsertedAtOnce((SqliteConnection)connection);

    /// <summary>The new indicator's id; on PostgreSQL its row is written by <see cref="Flush"/>.</summary>
    public abstract long Add(NewIndicator indicator);

    /// <summary>Writes what is held back: before figures, committee links or column updates name the new indicators.</summary>
    public virtual void Flush() { }

    public virtual void Dispose() { }

    private sealed class InsertedAtOnce(SqliteConnection connection) : NewIndicators
    {
        // Prepared once and bound by position: for each of 100,000 new indicators, Dapper prepared the INSERT again and
        // Microsoft.Data.Sqlite looked its eight parameters up by name, which cost more than running it.
        private readonly RawStatement _insert = new(connection, """
            INSERT INTO indicators (code, name, name_key, service_area, unit, frequency, polarity, owner)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            """);

        public override long Add(NewIndicator indicator)
        {
            string?[] values = [indicator.Code, indicator.Name, indicator.NameKey, indicator.ServiceArea, indicator.Unit, indicator.Frequency, indicator.Polarity, indicator.Owner];
            for (var i = 0; i < values.Length; i++) _insert.Bind(i + 1, values[i]);
            return _insert.Insert();
        }

        public override void Dispose() => _insert.Dispose();
    }

    private sealed class PostgresNewIndicators(NpgsqlConnection connection, DbTransaction transaction, ImportPipeline pipeline) : NewIndicators
    {
        // A few first, as most imports add few indicators (unused ids are gaps, never reused); then many at once.
        private const int FirstIds = 16, MoreIds = 1_000;
        private readonly Queue<long> _ids = new();
        private bool _reservedBefore;
        private readonly List<(long Id, NewIndicator Row)> _pending = [];

        public override long Add(NewIndicator indicator)
        {
            if (_ids.Count == 0)
            {
                pipeline.Wait();
                foreach (var id in connection.Query<long>("SELECT nextval(pg_get_serial_sequence('indicators', 'id')) FROM generate_series(1, @count)",
                             new { count = _reservedBefore ? MoreIds : FirstIds }, transaction).Order())
                    _ids.Enqueue(id);
                _reservedBefore = true;
            }
            var reserved = _ids.Dequeue();
            _pending.Add((reserved, indicator));
            return reserved;
        }

        public override void Flush()
        {
            if (_pending.Count == 0) return;
            pipeline.Wait();
            using (var copy = connection.BeginBinaryImport(
                       "COPY indicators (id, code, name, name_key, service_area, unit, frequency, polarity, owner) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var (id, row) in _pending)
                {
                    copy.StartRow();
                    copy.Write(id, NpgsqlDbType.Bigint);
                    foreach (var text in new[] { row.Code, row.Name, row.NameKey, row.ServiceArea, row.Unit, row.Frequency, row.Polarity, row.Owner })
                        if (text is null) copy.WriteNull();
                        else copy.Write(text, NpgsqlDbType.Text);
                }
                copy.Complete();
            }
            _pending.Clear();
        }
    }
}
