using System.CommandLine;

namespace PerfBot.Cli;

public static class PerfBotCommand
{
    public static RootCommand Build()
    {
        var root = new RootCommand("PerfBot: council performance indicators for scrutiny committees, in Teams and on the command line.");
        root.Options.Add(GlobalOptions.Db);
        root.Subcommands.Add(ImportCommand.Build());
        root.Subcommands.Add(IndicatorsCommand.Build());
        root.Subcommands.Add(ShowCommand.Build());
        root.Subcommands.Add(PackageCommand.Build());
        root.Subcommands.Add(BenchCommand.Build());
        root.Subcommands.Add(BriefCommand.Build());
        root.Subcommands.Add(BriefingSettingsCommand.Build());
        root.Subcommands.Add(DigestCommand.Build());
        root.Subcommands.Add(ScheduleCommand.Build());
        root.Subcommands.Add(ServeCommand.Build());
        root.Subcommands.Add(AskCommand.Build());
        return root;
    }

    public static async Task<int> RunAsync(string[] args) => await Build().Parse(args).InvokeAsync();
}
