using System.Net;
using Dapper;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Hosting;

public class ReadinessTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public async Task Readyz_is_200_when_the_schema_is_current_and_503_when_it_is_behind_this_build(StoreEngine engine)
    {
        await using var bot = await BotUnderTest.StartAsync(TempStore.Empty(engine, "People and Health Scrutiny Committee"));
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("readyz")).StatusCode);

        using (var connection = bot.Store.Database.Open())
            connection.Execute("DELETE FROM schema_migrations WHERE number = (SELECT max(number) FROM schema_migrations)");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bot.Http.GetAsync("readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("healthz")).StatusCode);
    }
}


public class StoreHealthTests
{
    [Theory]
    [MemberData(nameof(StoreEngines.Both), MemberType = typeof(StoreEngines))]
    public async Task Healthz_reports_the_store_answering_and_503_once_it_does_not(StoreEngine engine)
    {
        await using var bot = await BotUnderTest.StartAsync(TempStore.Empty(engine, "People and Health Scrutiny Committee"));
        var healthy = await bot.Http.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);

        // The store's committees table gone is a store that no longer answers the check's query, on either engine.
        using (var connection = bot.Store.Database.Open())
            connection.Execute("ALTER TABLE committees RENAME TO committees_gone");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bot.Http.GetAsync("healthz")).StatusCode);
    }
}
