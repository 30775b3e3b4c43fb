namespace PerfBot.Store;

/// <summary>The demo store: Dorset Council's published People and Health scrutiny reports, shipped in data/demo.</summary>
public static class DemoData
{
    public static string Load(Database database)
    {
        _ = database;
        return "nothing yet";
    }
}
