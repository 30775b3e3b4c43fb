using System.Data.Common;

namespace PerfBot.Store.Import;

/// <summary>
/// One statement of an import, made once and run for each row with its values: SQLite keeps it prepared between runs.
/// Building it through Dapper for each of 100,000 new indicators meant preparing the same INSERT 100,000 times, which
/// cost more than running it.
/// </summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly DbCommand _command;

    /// <param name="parameters">The statement's parameters (@name), in the order <see cref="Execute"/> and <see cref="Scalar"/> take their values.</param>
    public PreparedCommand(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _command.Transaction = transaction;
        foreach (var name in parameters)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            _command.Parameters.Add(parameter);
        }
    }

    /// <summary>Runs the statement with these values and returns the rows it changed.</summary>
    public int Execute(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQuery();
    }

    /// <summary>Runs the statement with these values and returns the first column of its first row.</summary>
    public object? Scalar(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteScalar();
    }

    private void Bind(object?[] values)
    {
        if (values.Length != _command.Parameters.Count)
            throw new ArgumentException($"{_command.Parameters.Count} values expected, {values.Length} given.", nameof(values));
        for (var i = 0; i < values.Length; i++) _command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public void Dispose() => _command.Dispose();
}
