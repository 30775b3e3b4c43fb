using System.CommandLine;
using PerfBot.Indicators;
using PerfBot.Store;
using PerfBot.Council;

namespace PerfBot.Cli;

public static class IndicatorsCommand
{
    public sealed record Latest(string Period, double? Value, double? Target, Rag? Rag, Direction? Direction, bool Stale);

    public sealed record Row(string Code, string Name, string? ServiceArea, string? Unit, IReadOnlyList<string> Committees, Latest? Latest);

    public static Command Build()
    {
        var service = new Option<string?>("--service") { Description = "Only this service area (or a part of its name)." };
        var committee = new Option<string?>("--committee") { Description = "Only indicators this committee scrutinises (or a part of its name)." };
        var rag = new Option<string?>("--rag") { Description = "Only red, amber or green at the latest period." };
        rag.AcceptOnlyFromAmong("red", "amber", "green");
        var exceptions = new Option<bool>("--exceptions") { Description = "Only the reports' exceptions: Red, or Amber and Worsening, on current data." };
        var json = new Option<bool>("--json") { Description = "Write a JSON array." };
        var command = new Command("indicators", "List indicators with their latest status.") { service, committee, rag, exceptions, json };
        command.SetAction(parseResult =>
        {
            using var host = CliHost.Open(parseResult);
            var today = host.Services.GetRequiredService<CouncilClock>().Today;
            IEnumerable<IndicatorStatus> statuses = host.Services.GetRequiredService<IndicatorRepository>().Statuses(today);
            if (parseResult.GetValue(service) is { } s) statuses = statuses.Where(x => Contains(x.Indicator.ServiceArea, s));
            if (parseResult.GetValue(committee) is { } c) statuses = statuses.Where(x => x.Indicator.Committees.Any(n => Contains(n, c)));
            if (parseResult.GetValue(rag) is { } r) statuses = statuses.Where(x => string.Equals(x.Rag?.ToString(), r, StringComparison.OrdinalIgnoreCase));
            if (parseResult.GetValue(exceptions)) statuses = statuses.Where(x => x.IsException);
            var rows = statuses.Select(ToRow).ToList();
            if (parseResult.GetValue(json)) Console.WriteLine(CliJson.Write(rows, indented: true));
            else WriteText(rows);
            return 0;
        });
        return command;
    }

    private static bool Contains(string? text, string part) => text?.Contains(part.Trim(), StringComparison.OrdinalIgnoreCase) == true;

    private static Row ToRow(IndicatorStatus s) => new(
        s.Indicator.Code, s.Indicator.Name, s.Indicator.ServiceArea, s.Indicator.Unit, s.Indicator.Committees,
        s.Measurement is { } m ? new Latest(m.Period.Label, m.Value, m.Target, s.Rag, s.Direction, s.IsStale) : null);

    private static void WriteText(IReadOnlyList<Row> rows)
    {
        if (rows.Count == 0) { Console.WriteLine("No indicators match."); return; }
        foreach (var area in rows.GroupBy(r => r.ServiceArea ?? "(no service area)"))
        {
            Console.WriteLine(area.Key);
            foreach (var row in area)
            {
                var latest = row.Latest is { } l
                    ? $"{Figures.Value(l.Value, row.Unit)} {l.Period}{(l.Rag is { } r ? $" {r}" : "")}{(l.Direction is { } d ? $" {d}" : "")}{(l.Stale ? " (stale)" : "")}"
                    : "no data";
                Console.WriteLine($"  {row.Code,-34} {latest,-34} {row.Name}");
            }
        }
    }
}
