using PerfBot.Indicators;
using C = PerfBot.Store.Import.MeasureColumns;

namespace PerfBot.Store.Import;

/// <summary>
/// Checks every cell of a measures row, adding a located problem for each that is wrong, so a council can fix its
/// whole file in one pass. A period must have ended by the council's <paramref name="today"/>: a figure is reported
/// after its period, so Feb-30 (February 2030) is a typo, not a return.
/// </summary>
internal sealed class MeasureRowReader(string file, HeaderMap headers, List<ImportProblem> problems, DateOnly today)
{
    private const string PeriodForms = "a period label such as Oct-20, Q2 2025/26 or 2017/18";

    // A file repeats a few period labels on every row; parse each once.
    private readonly Dictionary<string, Period?> _periods = new(StringComparer.Ordinal);

    public MeasureRow? Read(SourceRow row)
    {
        var before = problems.Count;
        for (var i = headers.Width; i < row.Cells.Count; i++)
            if (!string.IsNullOrWhiteSpace(row.Cells[i]))
                problems.Add(new ImportProblem(file, "this cell holds data but its column has no header; name the column or clear the cell.", row.Number, i, Value: row.Cells[i]));

        var indicator = Required(row, C.Indicator);
        var period = ReadPeriod(row);
        var value = Number(row, C.Value, required: true);
        var measure = new MeasureRow(
            row.Number,
            indicator ?? "",
            Text(row, C.Code),
            Text(row, C.ServiceArea),
            Text(row, C.Committee),
            Text(row, C.Unit),
            Choice<Frequency>(row, C.Frequency, Words.TryFrequency, "monthly, quarterly or annual"),
            Choice<Polarity>(row, C.Polarity, Words.TryPolarity, "higher, lower or none"),
            period ?? default,
            value ?? 0,
            Number(row, C.Target),
            Choice<Rag>(row, C.Rag, Words.TryRag, "Red, Amber or Green"),
            Choice<Direction>(row, C.Direction, Words.TryDirection, "Improving, Same or Worsening"),
            CellText.Paragraphs(headers.Cell(row, C.Commentary)),
            CellText.Paragraphs(headers.Cell(row, C.Actions)),
            Number(row, C.BenchmarkEngland),
            Number(row, C.BenchmarkNeighbours),
            Number(row, C.BenchmarkGoodPlus),
            Text(row, C.Owner),
            Text(row, C.Source));
        return problems.Count == before ? measure : null;
    }

    // An export repeats most cells on row after row (an indicator's name, unit and committee, its target, the source):
    // each field keeps its last cell and what it read as, so a cell the same as the row above's is compared (a vector
    // at a time) instead of cleaned and read again. Only what read without a problem is kept; a bad cell is reported on
    // every row it is in. (The parser's own field cache, which would hand back one string for such cells, cost more
    // hashing every field than it saved.)
    private readonly Dictionary<string, (string Cell, string? Text)> _lastText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Text, double Value)> _lastNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Text, object Value)> _lastChoice = new(StringComparer.Ordinal);

    private string? Text(SourceRow row, string field)
    {
        var cell = headers.Cell(row, field);
        if (cell is null) return null;
        if (_lastText.TryGetValue(field, out var last) && string.Equals(last.Cell, cell, StringComparison.Ordinal)) return last.Text;
        var text = Cells.Clean(cell);
        _lastText[field] = (cell, text);
        return text;
    }

    private string? Required(SourceRow row, string field)
    {
        var text = Text(row, field);
        if (text is null) Problem(row, field, null, $"{field} is required and this cell is empty.");
        return text;
    }

    private Period? ReadPeriod(SourceRow row)
    {
        var text = Text(row, C.Period);
        if (text is null)
        {
            Problem(row, C.Period, null, $"period is required and this cell is empty; expected {PeriodForms}.");
            return null;
        }
        if (!_periods.TryGetValue(text, out var period))
            _periods[text] = period = Period.TryParse(text, out var parsed) ? parsed : null;
        if (period is null) Problem(row, C.Period, text, $"is not a period; expected {PeriodForms}.");
        else if (period.Value.End > today)
        {
            Problem(row, C.Period, text, $"is {period.Value.Describe()}, which has not ended yet; a figure is reported after its period ends.");
            return null;
        }
        return period;
    }

    private double? Number(SourceRow row, string field, bool required = false)
    {
        var text = Text(row, field);
        if (text is null)
        {
            if (required) Problem(row, field, null, $"{field} is required and this cell is empty; expected {Cells.NumberForm}.");
            return null;
        }
        if (_lastNumber.TryGetValue(field, out var last) && string.Equals(last.Text, text, StringComparison.Ordinal)) return last.Value;
        if (Cells.TryNumber(text, out var value))
        {
            _lastNumber[field] = (text, value);
            return value;
        }
        Problem(row, field, text, $"is not a number; expected {Cells.NumberForm}.");
        return null;
    }

    public delegate bool TryRead<T>(string? text, out T value);

    private T? Choice<T>(SourceRow row, string field, TryRead<T> tryRead, string expected) where T : struct
    {
        var text = Text(row, field);
        if (text is null) return null;
        if (_lastChoice.TryGetValue(field, out var last) && string.Equals(last.Text, text, StringComparison.Ordinal)) return (T)last.Value;
        if (tryRead(text, out var value))
        {
            _lastChoice[field] = (text, value);
            return value;
        }
        Problem(row, field, text, $"is not a valid {field}; expected {expected}.");
        return null;
    }

    private void Problem(SourceRow row, string field, string? value, string message) =>
        problems.Add(new ImportProblem(file, message, row.Number, headers.ColumnOf(field), field, value));
}
