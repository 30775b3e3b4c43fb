using System.CommandLine;

namespace PerfBot.Cli;

/// <summary>Options every verb understands.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "The SQLite store file (default: the PERFBOT_DB environment variable, else data/perfbot.db). A new file is created and loaded with the demo data.",
        Recursive = true,
    };

    public static string ResolveDbPath(ParseResult parseResult) =>
        parseResult.GetValue(Db)
        ?? Environment.GetEnvironmentVariable("PERFBOT_DB")
        ?? Path.Combine("data", "perfbot.db");
}
