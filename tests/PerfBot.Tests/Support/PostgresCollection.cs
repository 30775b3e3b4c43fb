namespace PerfBot.Tests.Support;

/// <summary>
/// The tests that use the run's PostgreSQL cluster. They run one class at a time beside the SQLite tests, so the
/// cluster's few connections per test stay well under its limit on a two-core machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection
{
    public const string Name = "PostgreSQL";
}
