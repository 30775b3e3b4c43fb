using PerfBot.Store.Import;

namespace PerfBot.Tests.Store;

/// <summary>The catalogue names each indicator once: a code or a name twice is refused with both rows, and nothing is written.</summary>
public class CatalogueRefusalTests : IDisposable
{
    private readonly TempStore _store = TempStore.WithDemoData();

    public void Dispose() => _store.Dispose();

    private ImportRefusedException RefusedCatalogue(string path) => _store.Refuses(path, p => CatalogueImporter.Import(_store.Database, p));

    [Fact]
    public void A_code_twice_in_the_catalogue_is_refused_naming_both_rows()
    {
        var refused = RefusedCatalogue(_store.WriteFile("codes.csv",
            "code,name\nfoster-carers,Foster carers\nadoptions,Adoptions\nfoster-carers,Foster carer households\n"));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(4, problem.Row);
        Assert.Contains("row 2", problem.Message);
    }

    [Theory]
    [InlineData("Foster carers")]
    [InlineData("FOSTER  carers")]
    [InlineData("Foster\u200B carers")]
    public void A_name_twice_in_the_catalogue_is_refused_naming_both_rows(string second)
    {
        var refused = RefusedCatalogue(_store.WriteFile("names.csv", $"code,name\nfc-1,Foster carers\nad,Adoptions\nfc-2,{second}\n"));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(4, problem.Row);
        Assert.Contains("row 2", problem.Message);
    }
}
