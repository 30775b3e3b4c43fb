return await PerfBot.Cli.PerfBotCommand.RunAsync(args);
