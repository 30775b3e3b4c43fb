using System.Globalization;
using System.Text.RegularExpressions;

namespace PerfBot.Store.Import;

/// <summary>Reads the values councils type into spreadsheet cells.</summary>
public static partial class Cells
{
    public const string NumberForm = "a number such as 4469, 4,469, 45.22 or 45.22%";

    /// <summary>4469, 4,469, 45.22%, -3, £1,200 — thousands separators only in groups of three.</summary>
    public static bool TryNumber(string? text, out double value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim().TrimEnd('%').Trim().TrimStart('£').Replace("\u00a0", "");
        if (s.Contains(','))
        {
            if (!Thousands().IsMatch(s)) return false;
            s = s.Replace(",", "");
        }
        return double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
               && double.IsFinite(value);
    }

    /// <summary>A one-line cell as PerfBot stores it (<see cref="CellText.Line"/>); null when empty.</summary>
    public static string? Clean(string? text) => CellText.Line(text);

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex Thousands();
}
