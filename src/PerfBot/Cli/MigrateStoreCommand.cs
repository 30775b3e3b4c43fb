using System.CommandLine;
using PerfBot.Store;
using PerfBot.Store.Move;

namespace PerfBot.Cli;

public static class MigrateStoreCommand
{
    public static Command Build()
    {
        var from = new Option<FileInfo>("--from") { Description = "The SQLite store file to move.", Required = true };
        var to = new Option<string>("--to") { Description = "An empty PostgreSQL database: postgresql://user:password@host:port/database (or Host=…;Database=…).", Required = true };
        var command = new Command("migrate-store", "Move a SQLite store into an empty PostgreSQL database: schema by migrations, every table's rows, verified by row counts and checksums.") { from, to };
        command.SetAction(parseResult =>
        {
            var target = StoreAddress.Parse(parseResult.GetValue(to)!);
            var tables = StoreMove.Run(parseResult.GetValue(from)!.FullName, target, Console.Error);
            foreach (var table in tables) Console.WriteLine($"{table.Name,-28} {table.Rows,10:N0} rows  sha256-sum {table.Checksum[..16]}");
            Console.WriteLine($"Moved {tables.Sum(t => t.Rows):N0} rows in {tables.Count} tables to {target.Description}; every table's row count and checksum match.");
            return 0;
        });
        return command;
    }
}
