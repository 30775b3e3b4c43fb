using PerfBot.Council;
using System.CommandLine;
using PerfBot.Charts;
using PerfBot.Questions;
using PerfBot.Questions.Conversing;

namespace PerfBot.Cli;

public static class AskCommand
{
    public static Command Build()
    {
        var question = new Argument<string?>("QUESTION") { Description = "A question in plain English, e.g. \"whats red in childrens\".", Arity = ArgumentArity.ZeroOrOne };
        var batch = new Option<FileInfo?>("--batch") { Description = "A file with one question a line, answered in order; a blank line starts a new conversation, and within one each question follows on from the answers before it." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object per question: intent, indicators, text, suggestions, and the context used." };
        var explain = new Option<bool>("--explain") { Description = "Also show how the question was read: intent, slots, vocabulary, typos, the context used and the scores of the indicators considered." };
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
            if (file is { Exists: false })
            {
                Console.Error.WriteLine($"--batch: {file.FullName} does not exist.");
                return 2;
            }
            using var host = CliHost.Open(parseResult);
            var service = host.Services.GetRequiredService<QuestionService>();
            var clock = host.Services.GetRequiredService<CouncilClock>();
            var conversations = file is null ? [[single!]] : Conversations(File.ReadAllLines(file.FullName));
            var many = conversations.Sum(c => c.Count) > 1;
            foreach (var conversation in conversations)
            {
                ConversationContext? context = null;
                foreach (var q in conversation)
                {
                    var answer = service.Ask(q, context);
                    if (parseResult.GetValue(json)) Console.WriteLine(CliJson.Write(AnswerJson.From(answer)));
                    else
                    {
                        Console.WriteLine(AnswerText.Render(answer));
                        if (answer.Suggestions.Count > 0) Console.WriteLine("Try: " + string.Join(" | ", answer.Suggestions));
                    }
                    if (parseResult.GetValue(explain))
                        Console.Error.WriteLine((context is null ? "" : $"Context in:  {context.Describe()}{Environment.NewLine}") + answer.Understanding.Explain());
                    if (parseResult.GetValue(chart) is { } png && answer is IndicatorAnswer { Detail.Chart: { } data })
                        File.WriteAllBytes(png.FullName, TrendChart.Render(data));
                    if (many && !parseResult.GetValue(json)) Console.WriteLine();
                    context = ConversationContext.After(answer, context, clock.UtcNow);
                }
            }
            return 0;
        });
        return command;
    }

    /// <summary>The file's questions in runs separated by blank lines; lines starting with # are comments.</summary>
    private static List<List<string>> Conversations(IEnumerable<string> lines)
    {
        var conversations = new List<List<string>> { new() };
        foreach (var line in lines)
        {
            if (line.StartsWith('#')) continue;
            if (string.IsNullOrWhiteSpace(line)) { if (conversations[^1].Count > 0) conversations.Add([]); continue; }
            conversations[^1].Add(line.Trim());
        }
        return conversations.Where(c => c.Count > 0).ToList();
    }
}
