using PerfBot.Indicators;
using C = PerfBot.Store.Import.MeasureColumns;

namespace PerfBot.Store.Import;

/// <summary>Checks every cell of a measures file and collects every problem, so a council fixes its file in one pass.</summary>
public static class MeasureFileParser
{
    public static MeasureFile Parse(Table table)
    {
        var problems = new List<ImportProblem>();
        var headers = HeaderMap.Build(table, C.All, C.Required, problems);
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        if (table.Rows.Count == 0)
            throw new ImportRefusedException([new ImportProblem(table.FileName, "the file has a header row but no data rows.")]);

        var rows = new List<MeasureRow>();
        foreach (var row in table.Rows)
        {
            var reader = new RowReader(table.FileName, row, headers, problems);
            var indicator = reader.Required(C.Indicator);
            var period = reader.Period(C.Period);
            var value = reader.Number(C.Value, required: true);
            var measure = new MeasureRow(
                row.Number,
                indicator ?? "",
                reader.Text(C.Code),
                reader.Text(C.ServiceArea),
                reader.Text(C.Committee),
                reader.Text(C.Unit),
                reader.Choice<Frequency>(C.Frequency, Words.TryFrequency, "monthly, quarterly or annual"),
                reader.Choice<Polarity>(C.Polarity, Words.TryPolarity, "higher, lower or none"),
                period ?? default,
                value ?? 0,
                reader.Number(C.Target),
                reader.Choice<Rag>(C.Rag, Words.TryRag, "Red, Amber or Green"),
                reader.Choice<Direction>(C.Direction, Words.TryDirection, "Improving, Same or Worsening"),
                reader.Text(C.Commentary),
                reader.Text(C.Actions),
                reader.Number(C.BenchmarkEngland),
                reader.Number(C.BenchmarkNeighbours),
                reader.Number(C.BenchmarkGoodPlus),
                reader.Text(C.Owner),
                reader.Text(C.Source));
            if (reader.Clean) rows.Add(measure);
        }

        problems.AddRange(Conflicts(table.FileName, rows, headers));
        if (problems.Count > 0) throw new ImportRefusedException(problems);
        var present = C.All.Where(headers.Has).ToHashSet();
        return new MeasureFile(table.FileName, Deduplicate(rows), present);
    }

    /// <summary>The same indicator and period twice is fine when the rows agree and a mistake when they do not.</summary>
    private static IEnumerable<ImportProblem> Conflicts(string file, List<MeasureRow> rows, HeaderMap headers)
    {
        foreach (var group in rows.GroupBy(r => (Key: Names.Key(r.Indicator), r.Period)))
        {
            var first = group.First();
            foreach (var other in group.Skip(1).Where(r => r with { Row = first.Row } != first))
                yield return new ImportProblem(file,
                    $"{first.Indicator} for {first.Period.Label} appears in rows {first.Row} and {other.Row} with different values; keep one row per indicator and period.",
                    Row: other.Row, Column: headers.ColumnOf(C.Value), Field: C.Value, Value: Format(other.Value));
        }
    }

    private static List<MeasureRow> Deduplicate(List<MeasureRow> rows) =>
        rows.GroupBy(r => (Names.Key(r.Indicator), r.Period)).Select(g => g.First()).ToList();

    private static string Format(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads one row's cells, adding a located problem for each that is wrong.</summary>
    private sealed class RowReader(string file, TableRow row, HeaderMap headers, List<ImportProblem> problems)
    {
        public bool Clean { get; private set; } = true;

        public string? Text(string field) => Cells.Clean(headers.Cell(row, field));

        public string? Required(string field)
        {
            var text = Text(field);
            if (text is null) Problem(field, null, $"{field} is required and this cell is empty.");
            return text;
        }

        public Period? Period(string field)
        {
            var text = Text(field);
            if (text is null) { Problem(field, null, $"{field} is required and this cell is empty; expected {PeriodFormsText}."); return null; }
            if (Indicators.Period.TryParse(text, out var period)) return period;
            Problem(field, text, $"is not a period; expected {PeriodFormsText}.");
            return null;
        }

        public double? Number(string field, bool required = false)
        {
            var text = Text(field);
            if (text is null)
            {
                if (required) Problem(field, null, $"{field} is required and this cell is empty; expected {Cells.NumberForm}.");
                return null;
            }
            if (Cells.TryNumber(text, out var value)) return value;
            Problem(field, text, $"is not a number; expected {Cells.NumberForm}.");
            return null;
        }

        public T? Choice<T>(string field, TryRead<T> tryRead, string expected) where T : struct
        {
            var text = Text(field);
            if (text is null) return null;
            if (tryRead(text, out var value)) return value;
            Problem(field, text, $"is not a valid {field}; expected {expected}.");
            return null;
        }

        private void Problem(string field, string? value, string message)
        {
            Clean = false;
            problems.Add(new ImportProblem(file, message, row.Number, headers.ColumnOf(field), field, value));
        }
    }

    public delegate bool TryRead<T>(string? text, out T value);

    private const string PeriodFormsText = "a period label such as Oct-20, Q2 2025/26 or 2017/18";
}
