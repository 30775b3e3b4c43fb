using PerfBot.Store;

namespace PerfBot.Tests.Support;

/// <summary>The engines a store test runs on: <c>[Theory, MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]</c>.</summary>
public static class StoreEngines
{
    public static TheoryData<StoreEngine> Both => new(StoreEngine.Sqlite, StoreEngine.Postgres);
}
