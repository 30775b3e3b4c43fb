using System.Globalization;
using PerfBot.Council;

namespace PerfBot.Indicators;

/// <summary>Writes figures the way the reports do: 45.22%, 4,469, 70.0 per 10,000.</summary>
public static class Figures
{
    public static string Number(double value) =>
        value.ToString(Math.Abs(value % 1) < 1e-9 ? "#,0" : "#,0.##", CouncilCulture.English);

    public static string Value(double? value, string? unit) => value is not { } v
        ? "no figure"
        : unit switch
        {
            "%" => Number(v) + "%",
            null or "" or "number" => Number(v),
            _ => $"{Number(v)} {unit}",
        };
}
