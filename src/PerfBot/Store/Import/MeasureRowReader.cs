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

        var indicator = Required(row, _indicator);
        var period = ReadPeriod(row);
        var value = Number(row, _value, required: true);
        var measure = new MeasureRow(
            row.Number,
            indicator ?? "",
            Text(row, _code),
            Text(row, _serviceArea),
            Text(row, _committee),
            Text(row, _unit),
            Choice<Frequency>(row, _frequency, Words.TryFrequency, "monthly, quarterly or annual"),
            Choice<Polarity>(row, _polarity, Words.TryPolarity, "higher, lower or none"),
            period ?? default,
            value ?? 0,
            Number(row, _target),
            Choice<Rag>(row, _rag, Words.TryRag, "Red, Amber or Green"),
            Choice<Direction>(row, _direction, Words.TryDirection, "Improving, Same or Worsening"),
            CellText.Paragraphs(_commentary.Cell(row)),
            CellText.Paragraphs(_actions.Cell(row)),
            Number(row, _benchmarkEngland),
            Number(row, _benchmarkNeighbours),
            Number(row, _benchmarkGoodPlus),
            Text(row, _owner),
            Text(row, _source));
        return problems.Count == before ? measure : null;
    }

    // An export repeats most cells on row after row (an indicator's name, unit and committee, its target, the source):
    // each field keeps its last cell and what it read as, so a cell the same as the row above's is compared (a vector
    // at a time) instead of cleaned and read again. Only what read without a problem is kept; a bad cell is reported on
    // every row it is in. (The parser's own field cache, which would hand back one string for such cells, cost more
    // hashing every field than it saved.) Each field finds its column once per file, not by name on every row.
    private sealed class Field(string name, HeaderMap headers)
    {
        public string Name { get; } = name;
        private readonly int? _column = headers.ColumnOf(name);

        public string? Cell(SourceRow row) => _column is { } column ? row[column] : null;

        public (string Cell, string? Text)? LastText;
        public (string Text, double Value)? LastNumber;
        public (string Text, object Value)? LastChoice;
    }

    private readonly Field _indicator = new(C.Indicator, headers), _code = new(C.Code, headers), _serviceArea = new(C.ServiceArea, headers),
        _committee = new(C.Committee, headers), _unit = new(C.Unit, headers), _frequency = new(C.Frequency, headers),
        _polarity = new(C.Polarity, headers), _period = new(C.Period, headers), _value = new(C.Value, headers), _target = new(C.Target, headers),
        _rag = new(C.Rag, headers), _direction = new(C.Direction, headers), _commentary = new(C.Commentary, headers),
        _actions = new(C.Actions, headers), _benchmarkEngland = new(C.BenchmarkEngland, headers),
        _benchmarkNeighbours = new(C.BenchmarkNeighbours, headers), _benchmarkGoodPlus = new(C.BenchmarkGoodPlus, headers),
        _owner = new(C.Owner, headers), _source = new(C.Source, headers);

    private static string? Text(SourceRow row, Field field)
    {
        var cell = field.Cell(row);
        if (cell is null) return null;
        if (field.LastText is { } last && string.Equals(last.Cell, cell, StringComparison.Ordinal)) return last.Text;
        var text = Cells.Clean(cell);
        field.LastText = (cell, text);
        return text;
    }

    private string? Required(SourceRow row, Field field)
    {
        var text = Text(row, field);
        if (text is null) Problem(row, field, null, $"{field.Name} is required and this cell is empty.");
        return text;
    }

    private Period? ReadPeriod(SourceRow row)
    {
        var text = Text(row, _period);
        if (text is null)
        {
            Problem(row, _period, null, $"period is required and this cell is empty; expected {PeriodForms}.");
            return null;
        }
        if (!_periods.TryGetValue(text, out var period))
            _periods[text] = period = Period.TryParse(text, out var parsed) ? parsed : null;
        if (period is null) Problem(row, _period, text, $"is not a period; expected {PeriodForms}.");
        else if (period.Value.End > today)
        {
            Problem(row, _period, text, $"is {period.Value.Describe()}, which has not ended yet; a figure is reported after its period ends.");
            return null;
        }
        return period;
    }

    private double? Number(SourceRow row, Field field, bool required = false)
    {
        var text = Text(row, field);
        if (text is null)
        {
            if (required) Problem(row, field, null, $"{field.Name} is required and this cell is empty; expected {Cells.NumberForm}.");
            return null;
        }
        if (field.LastNumber is { } last && string.Equals(last.Text, text, StringComparison.Ordinal)) return last.Value;
        if (Cells.TryNumber(text, out var value))
        {
            field.LastNumber = (text, value);
            return value;
        }
        Problem(row, field, text, $"is not a number; expected {Cells.NumberForm}.");
        return null;
    }

    public delegate bool TryRead<T>(string? text, out T value);

    private T? Choice<T>(SourceRow row, Field field, TryRead<T> tryRead, string expected) where T : struct
    {
        var text = Text(row, field);
        if (text is null) return null;
        if (field.LastChoice is { } last && string.Equals(last.Text, text, StringComparison.Ordinal)) return (T)last.Value;
        if (tryRead(text, out var value))
        {
            field.LastChoice = (text, value);
            return value;
        }
        Problem(row, field, text, $"is not a valid {field.Name}; expected {expected}.");
        return null;
    }

    private void Problem(SourceRow row, Field field, string? value, string message) =>
        problems.Add(new ImportProblem(file, message, row.Number, headers.ColumnOf(field.Name), field.Name, value));
}
