using System.CommandLine;

namespace PerfBot.Cli;

/// <summary>Options every verb understands.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "The store: a SQLite file path, or a PostgreSQL database as postgresql://user:password@host:port/database or Host=…;Database=… (default: the PERFBOT_DB environment variable, else data/perfbot.db). A new file or an empty database is given the schema and the demo data.",
        Recursive = true,
    };

    public static string ResolveDbPath(ParseResult parseResult) =>
        parseResult.GetValue(Db)
        ?? Environment.GetEnvironmentVariable("PERFBOT_DB")
        ?? Path.Combine("data", "perfbot.db");
}
