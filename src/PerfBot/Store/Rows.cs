using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using PerfBot.Store.Import;

namespace PerfBot.Store;

/// <summary>
/// A query's rows, read column by column by position, NULL as null: what the hand-written readers
/// (<see cref="IndicatorRows"/>, <see cref="MeasurementRows"/>) take, whichever engine the rows come from. On SQLite
/// <see cref="Query"/> steps the statement through SQLitePCLRaw itself, as a committee's digest does: Microsoft.Data.Sqlite
/// checks each column for NULL again inside every typed getter, so a text read after the reader's own NULL check cost
/// five native calls where SQLite needs one, and that was two fifths of a Monday's digests.
/// </summary>
internal abstract class Rows : IDisposable
{
    /// <summary>Moves to the next row; false after the last.</summary>
    public abstract bool Next();

    public abstract long Int64(int column);

    public abstract double? Number(int column);

    public abstract string? Text(int column);

    public abstract void Dispose();

    /// <summary>
    /// The rows of a query taking one integer parameter, read the cheapest way the engine allows, in the connection's
    /// transaction (SQLite's own statements run in whatever transaction their connection has open).
    /// </summary>
    public static Rows Query(DbConnection connection, DbTransaction? transaction, string sql, string parameter, long value) => connection is SqliteConnection sqlite
        ? new SqliteRows(sqlite, sql, parameter, value)
        : new ReaderRows(connection.ExecuteReader(sql, new DynamicParameters(new Dictionary<string, object> { [parameter] = value }), transaction), owned: true);

    /// <summary>A reader's rows, read through it; the reader stays the caller's to dispose.</summary>
    public static Rows Of(IDataReader reader) => new ReaderRows(reader, owned: false);

    private sealed class ReaderRows(IDataReader reader, bool owned) : Rows
    {
        public override bool Next() => reader.Read();
        public override long Int64(int column) => reader.GetInt64(column);
        public override double? Number(int column) => reader.IsDBNull(column) ? null : reader.GetDouble(column);
        public override string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

        public override void Dispose()
        {
            if (owned) reader.Dispose();
        }
    }

    /// <summary>One statement prepared on the connection's own handle (<see cref="RawStatement"/>) and stepped row by row; finalised when disposed.</summary>
    private sealed class SqliteRows : Rows
    {
        private readonly RawStatement _statement;

        public SqliteRows(SqliteConnection connection, string sql, string parameter, long value)
        {
            _statement = new RawStatement(connection, sql);
            try
            {
                _statement.Bind(_statement.PositionOf("@" + parameter), value);
            }
            catch
            {
                _statement.Dispose();
                throw;
            }
        }

        public override bool Next() => _statement.Step();
        public override long Int64(int column) => _statement.Int64(column);
        public override double? Number(int column) => _statement.Number(column);
        public override string? Text(int column) => _statement.Text(column);
        public override void Dispose() => _statement.Dispose();
    }
}
