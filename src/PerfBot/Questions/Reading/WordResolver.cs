namespace PerfBot.Questions.Reading;

/// <summary>Reads a question's words as the words the store uses: as written, two words run together, the start of a word, or the nearest word.</summary>
internal static class WordResolver
{
    public static Alternative Resolve(IReadOnlyList<Token> span, QuestionIndex index, List<string> notes)
    {
        var stems = new List<string>();
        var quality = new List<double>();
        foreach (var token in span)
        {
            if (index.Knows(token.Stem) || token.Word.Any(char.IsDigit))
            {
                stems.Add(token.Stem);
                quality.Add(1);
            }
            else if (index.TryJoined(token.Word, out var pair) || index.TryJoined(token.Stem, out pair))
            {
                stems.Add(pair.First);
                quality.Add(0.9);
                if (pair.Second != pair.First)
                {
                    stems.Add(pair.Second);
                    quality.Add(0.9);
                }
                notes.Add($"'{token.Word}' read as two words: {pair.First} {pair.Second}");
            }
            else if (index.Completions(token.Word) is { Count: > 0 } completions)
            {
                // "perm" for "permanent", "accom" for "accommodation": the most used completion.
                stems.Add(completions[0].Stem);
                quality.Add(0.8);
                notes.Add($"'{token.Word}' read as the start of '{completions[0].Word}'");
            }
            else if (token.Stem != token.Word && index.Completions(token.Stem) is { Count: > 0 } forms)
            {
                // "leaving" for "leavers": another form of the same word before any typo ("leading").
                stems.Add(forms[0].Stem);
                quality.Add(0.8);
                notes.Add($"'{token.Word}' read as a form of '{forms[0].Word}'");
            }
            else if ((index.Nearest(token.Word) ?? (token.Stem != token.Word ? index.Nearest(token.Stem) : null)) is { } near)
            {
                stems.Add(near.Stem);
                quality.Add(near.Distance == 1 ? 0.85 : 0.7);
                notes.Add($"typo? '{token.Word}' ~ '{near.Word}' (distance {near.Distance})");
            }
            else
            {
                stems.Add(token.Stem);
                quality.Add(1);
                notes.Add($"'{token.Word}' is not a word any indicator uses");
            }
        }
        return new Alternative(stems.ToArray(), quality.ToArray(), string.Join(' ', span.Select(t => t.Word)));
    }
}
