using PerfBot.Council;
using System.CommandLine;
using PerfBot.Charts;
using PerfBot.Questions;
using PerfBot.Store;

namespace PerfBot.Cli;

public static class AskCommand
{
    public static Command Build()
    {
        var question = new Argument<string?>("QUESTION") { Description = "A question in plain English, e.g. \"whats red in childrens\".", Arity = ArgumentArity.ZeroOrOne };
        var batch = new Option<FileInfo?>("--batch") { Description = "A file with one question a line; answers are written in the same order." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object per question: intent, indicators, text, suggestions." };
        var explain = new Option<bool>("--explain") { Description = "Also show how the question was read: intent, slots, vocabulary, typos and the scores of the indicators considered." };
        var chart = new Option<FileInfo?>("--chart") { Description = "Write the trend chart of a one-indicator answer to this PNG file." };
        var command = new Command("ask", "Answer a member's question from the store, as PerfBot would in Teams.") { question, batch, json, explain, chart };
        command.SetAction(parseResult =>
        {
            var single = parseResult.GetValue(question);
            var file = parseResult.GetValue(batch);
            if (single is null == (file is null))
            {
                Console.Error.WriteLine("Give either a QUESTION or --batch FILE.");
                return 2;
            }
            var service = new QuestionService(StoreOpener.Open(GlobalOptions.ResolveDbPath(parseResult), Console.Error), new CouncilClock(TimeProvider.System));
            var questions = file is null ? [single!] : File.ReadAllLines(file.FullName).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
            foreach (var q in questions)
            {
                var answer = service.Ask(q);
                if (parseResult.GetValue(json)) Console.WriteLine(CliJson.Write(AnswerJson.From(answer)));
                else
                {
                    Console.WriteLine(AnswerText.Render(answer));
                    if (answer.Suggestions.Count > 0) Console.WriteLine("Try: " + string.Join(" | ", answer.Suggestions));
                }
                if (parseResult.GetValue(explain)) Console.Error.WriteLine(answer.Understanding.Explain());
                if (parseResult.GetValue(chart) is { } png && answer is IndicatorAnswer { Detail.Chart: { } data })
                    File.WriteAllBytes(png.FullName, TrendChart.Render(data));
                if (questions.Count > 1 && !parseResult.GetValue(json)) Console.WriteLine();
            }
            return 0;
        });
        return command;
    }
}
