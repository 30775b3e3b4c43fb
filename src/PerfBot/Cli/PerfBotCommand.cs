using System.CommandLine;
using PerfBot.Store;

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
        root.Subcommands.Add(MigrateStoreCommand.Build());
        root.Subcommands.Add(AskCommand.Build());
        root.Subcommands.Add(QuestionsCommand.Build());
        root.Subcommands.Add(AuditCommand.Build());
        root.Subcommands.Add(SyncCommand.Build());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return await Build().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (StoreProblemException problem)
        {
            // A store that cannot be used as given is a configuration mistake: one sentence, no stack trace.
            Console.Error.WriteLine(problem.Message);
            return 2;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.Error.WriteLine(e);
            return 1;
        }
    }
}
