using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PerfBot.Store.Import;

/// <summary>
/// One prepared SQLite statement bound by position through SQLitePCLRaw, for the import's statements run once per row or
/// per new indicator: Microsoft.Data.Sqlite looks each parameter up by name on every execution, which cost more than
/// the write itself. A digest's reads step one too (<see cref="Rows"/>), for the same reason in its column getters.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    // What each position was last bound to. SQLite keeps a statement's bindings from one execution to the next, so a
    // value the same as the last row's (the same indicator or period, a repeated source, an absent column's null) is
    // not bound again: most of a bulk upsert's binding was rebinding what was already there.
    private readonly Bound[] _bound;

    private readonly record struct Bound(BoundKind Kind, long Bits, string? Text);

    private enum BoundKind : byte { Nothing, Null, Integer, Real, Text }

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _bound = new Bound[raw.sqlite3_bind_parameter_count(_statement) + 1];
    }

    /// <summary>The position of a named parameter (with its prefix: @id, $id), to look up once rather than on every bind.</summary>
    public int PositionOf(string name) =>
        raw.sqlite3_bind_parameter_index(_statement, name) is > 0 and var position ? position : throw new ArgumentException($"The statement has no parameter {name}.", nameof(name));

    /// <summary>Positions start at 1, as in SQLite.</summary>
    public void Bind(int position, long value)
    {
        if (Holds(position, new Bound(BoundKind.Integer, value, null))) return;
        Check(raw.sqlite3_bind_int64(_statement, position, value));
        _bound[position] = new Bound(BoundKind.Integer, value, null);
    }

    public void Bind(int position, double? value)
    {
        // Compared by their bits, so that 0 and -0 are each bound as they are.
        var bound = value is { } v ? new Bound(BoundKind.Real, BitConverter.DoubleToInt64Bits(v), null) : new Bound(BoundKind.Null, 0, null);
        if (Holds(position, bound)) return;
        Check(value is { } d ? raw.sqlite3_bind_double(_statement, position, d) : raw.sqlite3_bind_null(_statement, position));
        _bound[position] = bound;
    }

    public void Bind(int position, string? value)
    {
        var bound = value is null ? new Bound(BoundKind.Null, 0, null) : new Bound(BoundKind.Text, 0, value);
        if (Holds(position, bound)) return;
        Check(value is null ? raw.sqlite3_bind_null(_statement, position) : raw.sqlite3_bind_text(_statement, position, value));
        _bound[position] = bound;
    }

    private bool Holds(int position, Bound value)
    {
        var held = _bound[position];
        return held.Kind == value.Kind && held.Bits == value.Bits && string.Equals(held.Text, value.Text, StringComparison.Ordinal);
    }

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
            while (Step()) row(Text(0)!);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Moves a query to its next row; false after the last, when the statement is reset to run again.</summary>
    public bool Step()
    {
        var result = raw.sqlite3_step(_statement);
        if (result == raw.SQLITE_ROW) return true;
        try
        {
            if (result != raw.SQLITE_DONE) Check(result);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
        return false;
    }

    /// <summary>Columns of the row <see cref="Step"/> moved to, counted from 0.</summary>
    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public double? Number(int column) =>
        raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_double(_statement, column);

    /// <summary>One native call: SQLite gives no text for NULL, and SQLitePCLRaw turns that into null.</summary>
    public string? Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    private void Check(int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), result);
    }

    public void Dispose() => _statement.Dispose();
}
