using System.Net;
using Dapper;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Hosting;

public class ReadinessTests
{
    [Fact]
    public async Task Readyz_is_200_when_the_schema_is_current_and_503_when_it_is_behind_this_build()
    {
        await using var bot = await BotUnderTest.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("readyz")).StatusCode);

        using (var connection = bot.Store.Database.Open())
            connection.Execute("DELETE FROM schema_migrations WHERE number = (SELECT max(number) FROM schema_migrations)");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bot.Http.GetAsync("readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("healthz")).StatusCode);
    }
}
