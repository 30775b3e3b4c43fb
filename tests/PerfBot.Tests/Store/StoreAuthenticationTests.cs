using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Store;

/// <summary>PERFBOT_DB_AUTHENTICATION: what it accepts, and the one sentence a mistake in it or in the address gets.</summary>
public sealed class StoreAuthenticationTests
{
    [Theory]
    [InlineData(null, StoreAuthentication.Password)]
    [InlineData("", StoreAuthentication.Password)]
    [InlineData("password", StoreAuthentication.Password)]
    [InlineData(" Entra ", StoreAuthentication.Entra)]
    public void Password_is_the_default_and_entra_is_the_other_choice(string? value, StoreAuthentication expected) =>
        Assert.Equal(expected, StoreAuthenticationSetting.Parse(value));

    [Fact]
    public void An_unknown_choice_is_named_with_the_two_it_could_be()
    {
        var refused = Assert.Throws<StoreProblemException>(() => StoreAuthenticationSetting.Parse("aad"));
        Assert.Equal("PERFBOT_DB_AUTHENTICATION is 'aad', which PerfBot does not know: write password (the default) or entra.", refused.Message);
    }

    [Fact]
    public void Entra_signs_in_as_the_role_the_url_names_with_no_password_of_its_own()
    {
        var address = StoreAuthenticationSetting.Apply(StoreAddress.ParseLocation("postgresql://id-perfbot-ebc@psql-perfbot.postgres.database.azure.com/perfbot?sslmode=require"), StoreAuthentication.Entra);
        Assert.Equal(StoreAuthentication.Entra, address.Authentication);
        Assert.Contains("as id-perfbot-ebc with Entra ID", address.Description);
        Assert.Equal(StoreAuthentication.Password, StoreAddress.ParseLocation("postgresql://perfbot:pw@db/perfbot").Authentication);
    }

    [Theory]
    [InlineData("postgresql://perfbot:s3cret@db.example/perfbot", "leave the password out of the store address")]
    [InlineData("postgresql://db.example/perfbot", "needs the managed identity's PostgreSQL role as the user")]
    [InlineData("data/perfbot.db", "signs in to a PostgreSQL server, but the store is the SQLite file")]
    public void Entra_with_an_address_it_cannot_use_is_one_sentence_without_the_password(string location, string says)
    {
        var refused = Assert.Throws<StoreProblemException>(() => StoreAuthenticationSetting.Apply(StoreAddress.ParseLocation(location), StoreAuthentication.Entra));
        Assert.Contains(says, refused.Message);
        Assert.DoesNotContain("s3cret", refused.Message);
        Assert.Single(refused.Message.Split(". ", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_verb_given_entra_and_a_password_in_the_address_exits_with_that_sentence()
    {
        var outcome = await ChildProcess.PerfbotAsync(["ask", "what is red"], new Dictionary<string, string>
        {
            ["PERFBOT_DB"] = "postgresql://perfbot:s3cret@127.0.0.1:1/perfbot",
            ["PERFBOT_DB_AUTHENTICATION"] = "entra",
        });
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("PERFBOT_DB_AUTHENTICATION=entra takes its password from Entra ID", outcome.Error);
        Assert.DoesNotContain("s3cret", outcome.Error + outcome.Output);
        Assert.DoesNotContain("   at ", outcome.Error);
    }
}
