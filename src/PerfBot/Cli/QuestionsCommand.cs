using System.CommandLine;
using System.Globalization;
using PerfBot.Questions.Learning;

namespace PerfBot.Cli;

/// <summary>`perfbot questions --unanswered`: what members asked that PerfBot could not answer, grouped, for officers to add vocabulary.</summary>
public static class QuestionsCommand
{
    public static Command Build()
    {
        var unanswered = new Option<bool>("--unanswered") { Description = "The questions PerfBot had no answer for, or answered with \"Did you mean…\" or a request to say more, the same words grouped, the most asked first." };
        var since = new Option<string?>("--since") { Description = "Only questions asked on or after this day (yyyy-MM-dd)." };
        var json = new Option<bool>("--json") { Description = "One JSON object per group: question, times, last_asked, outcomes, roles." };
        var command = new Command("questions", "What members asked: the question log (text, time and role only; never a name).") { unanswered, since, json };
        command.SetAction(parseResult =>
        {
            if (!parseResult.GetValue(unanswered))
            {
                Console.Error.WriteLine("Say what to list: --unanswered.");
                return 2;
            }
            DateOnly? from = null;
            if (parseResult.GetValue(since) is { } written)
            {
                if (!DateOnly.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    Console.Error.WriteLine($"--since: '{written}' is not a date written yyyy-MM-dd.");
                    return 2;
                }
                from = day;
            }
            using var host = CliHost.Open(parseResult);
            var groups = host.Services.GetRequiredService<QuestionLog>().Unanswered(from);
            if (parseResult.GetValue(json))
            {
                foreach (var group in groups) Console.WriteLine(CliJson.Write(group));
                return 0;
            }
            if (groups.Count == 0) Console.WriteLine(from is null ? "No unanswered questions are logged." : $"No unanswered questions since {from:yyyy-MM-dd}.");
            foreach (var g in groups)
                Console.WriteLine($"×{g.Times}  {g.Question}  ({string.Join(", ", g.Outcomes)}; last {g.LastAsked}; asked by {string.Join(", ", g.Roles)})");
            return 0;
        });
        return command;
    }
}
