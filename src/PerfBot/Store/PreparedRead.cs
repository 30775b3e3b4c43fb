using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;

namespace PerfBot.Store;

/// <summary>
/// A read the bot runs on every answer, kept prepared: each of a few connections is kept open with the command
/// prepared on it, and a call borrows one, binds the values and reads. Microsoft.Data.Sqlite prepares a command's
/// statements again every time a new command runs (Dapper makes one per call) and drops them when the connection
/// closes, which cost an answer more than the read itself; on PostgreSQL the kept connection also skips the pool's
/// reset and the statement stays prepared on the server. Thread-safe; a connection whose read failed is closed, not
/// kept, so a server restart costs one failed read per kept connection at most.
/// </summary>
public sealed class PreparedRead : IDisposable
{
    /// <summary>
    /// Connections kept idle at most: enough for the reads the cores run at once, with room for bursts. Each holds its
    /// own SQLite page cache, so more would cost memory for reads that seldom overlap.
    /// </summary>
    private static readonly int MostKept = Math.Min(8, 2 * Environment.ProcessorCount);

    private readonly Database _database;
    private readonly string _sql;
    private readonly (string Name, DbType Type)[] _parameters;
    private readonly ConcurrentBag<Prepared> _idle = [];
    private int _idleCount;
    private volatile bool _disposed;

    public PreparedRead(Database database, string sql, params (string Name, DbType Type)[] parameters) =>
        (_database, _sql, _parameters) = (database, sql, parameters);

    private sealed record Prepared(DbConnection Connection, DbCommand Command) : IDisposable
    {
        public void Dispose()
        {
            Command.Dispose();
            Connection.Dispose();
        }
    }

    /// <summary>Runs the read with <paramref name="values"/> in the order the parameters were named; null is SQL NULL.</summary>
    public T Run<T>(ReadOnlySpan<object?> values, Func<DbDataReader, T> read)
    {
        if (values.Length != _parameters.Length)
            throw new ArgumentException($"The read takes {_parameters.Length} value(s), for {string.Join(", ", _parameters.Select(p => p.Name))}; {values.Length} given.", nameof(values));
        var prepared = Borrow();
        var keep = false;
        try
        {
            for (var i = 0; i < values.Length; i++) prepared.Command.Parameters[i].Value = values[i] ?? DBNull.Value;
            T result;
            using (var reader = prepared.Command.ExecuteReader()) result = read(reader);
            keep = true;
            return result;
        }
        finally
        {
            if (keep) GiveBack(prepared);
            else prepared.Dispose();
        }
    }

    private Prepared Borrow()
    {
        if (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            return idle;
        }
        var connection = _database.Open();
        try
        {
            var command = connection.CreateCommand();
            command.CommandText = _sql;
            foreach (var (name, type) in _parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.DbType = type;
                command.Parameters.Add(parameter);
            }
            command.Prepare();
            return new Prepared(connection, command);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void GiveBack(Prepared prepared)
    {
        if (_disposed || Interlocked.Increment(ref _idleCount) > MostKept)
        {
            if (!_disposed) Interlocked.Decrement(ref _idleCount);
            prepared.Dispose();
            return;
        }
        _idle.Add(prepared);
        if (_disposed) Dispose();
    }

    /// <summary>Closes the kept connections; a read still running closes its own when it ends.</summary>
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var idle)) idle.Dispose();
    }
}
