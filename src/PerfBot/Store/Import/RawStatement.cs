using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PerfBot.Store.Import;

/// <summary>
/// One prepared SQLite statement bound by position through SQLitePCLRaw, for the import's statements run once per row or
/// per new indicator: Microsoft.Data.Sqlite looks each parameter up by name on every execution, which cost more than
/// the write itself.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Positions start at 1, as in SQLite.</summary>
    public void Bind(int position, long value) => Check(raw.sqlite3_bind_int64(_statement, position, value));

    public void Bind(int position, double? value) =>
        Check(value is { } v ? raw.sqlite3_bind_double(_statement, position, v) : raw.sqlite3_bind_null(_statement, position));

    public void Bind(int position, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, position) : raw.sqlite3_bind_text(_statement, position, value));

    /// <summary>Runs the statement and returns the rows it changed.</summary>
    public int Execute()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE) Check(result);
        return raw.sqlite3_changes(_db);
    }

    /// <summary>Runs an INSERT and returns the rowid it gave the new row.</summary>
    public long Insert()
    {
        Execute();
        return raw.sqlite3_last_insert_rowid(_db);
    }

    /// <summary>Runs a query and hands each row's first column, as text, to <paramref name="row"/>.</summary>
    public void Read(Action<string> row)
    {
        try
        {
            int result;
            while ((result = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW) row(raw.sqlite3_column_text(_statement, 0).utf8_to_string());
            if (result != raw.SQLITE_DONE) Check(result);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), result);
    }

    public void Dispose() => _statement.Dispose();
}
