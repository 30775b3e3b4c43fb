using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerfBot.Tests.Store;

/// <summary>Writes small real XLSX workbooks for import tests, as Excel would save them.</summary>
internal static class XlsxWriter
{
    /// <summary>A number shown as a percentage: Excel stores 0.4522 for 45.22%.</summary>
    public sealed record Percent(double Fraction);

    /// <summary>Cells are strings, doubles, <see cref="Percent"/>s, or dates (stored as Excel serial numbers shown as mmm-yy).</summary>
    public static void Write(string path, IReadOnlyList<object?[]> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }, // built-in 0.00%
                new CellFormat { NumberFormatId = 17, ApplyNumberFormat = true })); // built-in mmm-yy
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                switch (rows[r][c])
                {
                    case null:
                        continue;
                    case double number:
                        row.Append(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) });
                        break;
                    case Percent percent:
                        row.Append(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(percent.Fraction), StyleIndex = 1u });
                        break;
                    case DateTime date:
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(date.ToOADate()), StyleIndex = 2u });
                        break;
                    case var text:
                        row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text.ToString()!)) });
                        break;
                }
            }
            data.Append(row);
        }
        sheetPart.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Measures" });
        workbook.Workbook.Save();
    }
}
