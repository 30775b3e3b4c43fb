using System.Collections;
using System.Collections.Immutable;

namespace PerfBot.Questions.Reading;

/// <summary>
/// A question's words in order, immutable: a stage that takes words returns a new sequence with them marked, so each
/// stage's input is exactly what the stages before it left.
/// </summary>
internal sealed class Tokens : IReadOnlyList<Token>
{
    private readonly ImmutableArray<Token> _tokens;

    private Tokens(ImmutableArray<Token> tokens) => _tokens = tokens;

    /// <summary>The words of normalised text (figures such as 2025/26 whole), nothing yet taken.</summary>
    public static Tokens Of(string normalised) => new([.. QuestionText.Words(normalised).Select(Token.Of)]);

    public int Count => _tokens.Length;

    public Token this[int index] => _tokens[index];

    /// <summary>Where the phrase's words first stand in a row, every one of them free; -1 if nowhere.</summary>
    public int Find(string[] words)
    {
        for (var i = 0; i + words.Length <= _tokens.Length; i++)
        {
            var all = true;
            for (var j = 0; j < words.Length && all; j++) all = _tokens[i + j].IsFree && _tokens[i + j].Word == words[j];
            if (all) return i;
        }
        return -1;
    }

    /// <summary>Where the phrase's words first stand in a row, whether or not a stage has taken them; -1 if nowhere.</summary>
    public int FindAnywhere(string[] words)
    {
        for (var i = 0; i + words.Length <= _tokens.Length; i++)
        {
            var all = true;
            for (var j = 0; j < words.Length && all; j++) all = _tokens[i + j].Word == words[j];
            if (all) return i;
        }
        return -1;
    }

    public Tokens Consume(int at, int count) => With(Enumerable.Range(at, count), t => t with { Consumed = true });

    public Tokens Consume(IEnumerable<int> positions) => With(positions, t => t with { Consumed = true });

    public Tokens MarkScope(IEnumerable<int> positions) => With(positions, t => t with { IsScope = true });

    /// <summary>The positions of the words that pass the test, in order.</summary>
    public List<int> Positions(Func<Token, bool> test)
    {
        var positions = new List<int>();
        for (var i = 0; i < _tokens.Length; i++)
            if (test(_tokens[i])) positions.Add(i);
        return positions;
    }

    /// <summary>Figures split at their punctuation for matching names: a "2025/26" left over is not a period the reader understood.</summary>
    public Tokens SplitFigures()
    {
        if (!_tokens.Any(NeedsSplit)) return this;
        return new([.. _tokens.SelectMany(t => NeedsSplit(t)
            ? t.Word.Split('/', '-').Where(w => w.Length > 0).Select(Token.Of)
            : [t])]);
    }

    private static bool NeedsSplit(Token t) => !t.Consumed && (t.Word.Contains('/') || t.Word.Contains('-'));

    private Tokens With(IEnumerable<int> positions, Func<Token, Token> change)
    {
        var builder = _tokens.ToBuilder();
        foreach (var i in positions) builder[i] = change(builder[i]);
        return new(builder.MoveToImmutable());
    }

    public IEnumerator<Token> GetEnumerator() => ((IEnumerable<Token>)_tokens).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
