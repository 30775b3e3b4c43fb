using System.Data;
using Dapper;

namespace PerfBot.Store;

/// <summary>A setting a connection takes for one piece of work and gives back before it returns to the pool.</summary>
public sealed class SessionSetting : IDisposable
{
    private readonly IDbConnection _connection;
    private readonly string? _end;

    private SessionSetting(IDbConnection connection, string? end) => (_connection, _end) = (connection, end);

    public static SessionSetting Apply(IDbConnection connection, string? begin, string? end)
    {
        if (begin is not null) connection.Execute(begin);
        return new SessionSetting(connection, begin is null ? null : end);
    }

    public void Dispose()
    {
        if (_end is not null && _connection.State == ConnectionState.Open) _connection.Execute(_end);
    }
}
