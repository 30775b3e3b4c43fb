namespace PerfBot.Store;

/// <summary>Opens a store file, bringing its schema up to date; a store that does not exist yet is created and given the demo data.</summary>
public static class StoreOpener
{
    public static Database Open(string path, TextWriter? log = null)
    {
        var database = new Database(path);
        var isNew = !File.Exists(database.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(database.Path)!);
        using (var connection = database.Open())
            Migrator.Apply(connection);
        if (isNew)
        {
            var loaded = DemoData.Load(database);
            log?.WriteLine($"Created {database.Path} and loaded the demo data: {loaded}.");
        }
        return database;
    }
}
