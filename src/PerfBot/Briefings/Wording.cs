using System.Globalization;
using PerfBot.Indicators;
using PerfBot.Council;

namespace PerfBot.Briefings;

/// <summary>How the brief writes numbers of months, periods and lists in English sentences.</summary>
internal static class Wording
{
    public static CultureInfo English => CouncilCulture.English;

    private static readonly string[] Small = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static string Number(int n) => n >= 0 && n < Small.Length ? Small[n] : n.ToString(English);

    public static string Months(int n) => n switch
    {
        <= 0 => "less than a month",
        1 => "one month",
        _ => $"{Number(n)} months",
    };

    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    public static string Value(double? value, string? unit) => Figures.Value(value, unit);
}
