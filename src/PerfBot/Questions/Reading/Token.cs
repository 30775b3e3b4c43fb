namespace PerfBot.Questions.Reading;

/// <summary>One word of a question as the reader sees it: as written, its stem, and what the stages so far made of it.</summary>
/// <param name="Consumed">Taken by a stage (a period, a cue, a filter): no longer one of the words naming an indicator.</param>
/// <param name="IsScope">Names a service area or committee: a filter for lists, but still words of the indicator's name for one.</param>
internal readonly record struct Token(string Word, string Stem, bool IsStop, bool Consumed = false, bool IsScope = false)
{
    public static Token Of(string word) => new(word, QuestionText.Stem(word), QuestionText.StopWords.Contains(word));

    /// <summary>Not yet taken by any stage nor part of a scope: free for a stage looking for its phrases.</summary>
    public bool IsFree => !Consumed && !IsScope;

    /// <summary>A word left to name an indicator or a service area: free, and not a stop word.</summary>
    public bool IsContent => IsFree && !IsStop;
}
