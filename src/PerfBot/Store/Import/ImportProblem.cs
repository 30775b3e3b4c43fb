namespace PerfBot.Store.Import;

/// <summary>One thing wrong with an import file, located as precisely as the file allows.</summary>
public sealed record ImportProblem(string File, string Message, int? Row = null, int? Column = null, string? Field = null, string? Value = null)
{
    public override string ToString()
    {
        var where = new List<string>();
        if (Row is { } row) where.Add($"row {row}");
        if (Column is { } column) where.Add($"column {ColumnLetter(column)}{(Field is null ? "" : $" ({Field})")}");
        else if (Field is not null) where.Add($"column {Field}");
        var location = where.Count == 0 ? File : $"{File}: {string.Join(", ", where)}";
        var value = Value is null ? "" : $"'{Shown(Value)}' ";
        return $"{location}: {value}{Message}";
    }

    /// <summary>Longest stretch of a cell echoed back: enough to find it, not a page of it.</summary>
    public const int ShownLength = 80;

    /// <summary>
    /// A cell's text as it is safe to print: at most <see cref="ShownLength"/> characters, and its control and format
    /// characters (an escape sequence, a right-to-left override) written out, not sent to the terminal or the log.
    /// </summary>
    public static string Shown(string text)
    {
        var builder = new System.Text.StringBuilder(Math.Min(text.Length, ShownLength) + 8);
        foreach (var c in text)
        {
            if (builder.Length >= ShownLength) return builder.Append('…').ToString();
            builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format
                    => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>0 → A, 25 → Z, 26 → AA: the letters a spreadsheet shows above the column.</summary>
    public static string ColumnLetter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}

/// <summary>An import refused, with every problem found: nothing was written.</summary>
public sealed class ImportRefusedException(IReadOnlyList<ImportProblem> problems) : Exception(Describe(problems))
{
    /// <summary>Past this many, a person fixes the pattern, not each line; the rest are counted.</summary>
    public const int ProblemsListed = 200;

    public IReadOnlyList<ImportProblem> Problems { get; } = problems;

    private static string Describe(IReadOnlyList<ImportProblem> problems)
    {
        var lines = problems.Take(ProblemsListed).Select(p => "  " + p);
        var more = problems.Count > ProblemsListed ? [$"  … and {problems.Count - ProblemsListed} more."] : Array.Empty<string>();
        return $"Import refused; nothing was written. {problems.Count} problem(s):{Environment.NewLine}" +
               string.Join(Environment.NewLine, lines.Concat(more));
    }
}
