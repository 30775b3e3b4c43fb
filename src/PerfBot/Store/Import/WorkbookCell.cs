using System.Globalization;
using ExcelDataReader;

namespace PerfBot.Store.Import;

/// <summary>Turns a workbook cell back into the text a person sees in it, so CSV and XLSX parse the same way.</summary>
internal static class WorkbookCell
{
    public static string Text(IExcelDataReader reader, int column)
    {
        var value = reader.GetValue(column);
        switch (value)
        {
            case null:
                return "";
            case DateTime date:
                // A month typed as "Oct-20" is stored by Excel as the first of that month.
                return date.Day == 1 && date.TimeOfDay == TimeSpan.Zero
                    ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture)
                    : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case double number:
                var format = reader.GetNumberFormatString(column) ?? "";
                // A cell formatted as a percentage holds 0.4522 for 45.22%.
                return format.Contains('%')
                    ? (number * 100).ToString("0.############", CultureInfo.InvariantCulture) + "%"
                    : number.ToString("0.############", CultureInfo.InvariantCulture);
            case IFormattable formattable:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            default:
                return value.ToString() ?? "";
        }
    }
}
