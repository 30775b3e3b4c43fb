namespace PerfBot.Questions.Reading;

/// <summary>Takes out the intent cue words ("why", "what is being done", "trend"…): every one found, each intent noted once.</summary>
internal static class CueStage
{
    public static Result Read(Tokens tokens, ReaderConfig config)
    {
        var found = new HashSet<Intent>();
        var notes = new List<string>();
        var matched = new List<string>();
        foreach (var (intent, phrases) in config.Cues)
            foreach (var phrase in phrases)
            {
                int at;
                while ((at = tokens.Find(phrase.Words)) >= 0)
                {
                    tokens = tokens.Consume(at, phrase.Words.Length);
                    matched.Add(phrase.Text);
                    if (found.Add(intent)) notes.Add($"cue '{phrase.Text}' → {Intents.Name(intent)}");
                }
            }
        return new Result(tokens, found, notes, matched);
    }

    /// <summary>The tokens left, the intents cued, a note for each, and the cue phrases found.</summary>
    public sealed record Result(Tokens Tokens, IReadOnlySet<Intent> Cues, IReadOnlyList<string> Notes, IReadOnlyList<string> Matched)
    {
        /// <summary>The same, this intent's cue set aside: another reading of the words explained it.</summary>
        public Result Without(Intent intent) => this with { Cues = Cues.Where(c => c != intent).ToHashSet() };

        public Result With(Intent intent) => this with { Cues = Cues.Append(intent).ToHashSet() };

        /// <summary>
        /// "What's happening with kids placed 20+ miles away?" asks how that subject stands, as "how are things with"
        /// would; "what's happening?" on its own, or "what's happening to make it rise?", still asks why.
        /// </summary>
        public Result WithStateAsked(string[] words, ReaderConfig config)
        {
            // A help cue as well ("…to help people get out of hospital"): left as read.
            if (!Cues.Contains(Intent.Why) || Cues.Contains(Intent.Help)) return this;
            var why = config.Cues.First(c => c.Intent == Intent.Why).Phrases.Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
            var happening = Enumerable.Range(0, Math.Max(0, words.Length - 2)).Any(i => words[i] == "happening" && words[i + 1] == "with");
            return happening && Matched.Where(why.Contains).All(m => m.EndsWith(" happening", StringComparison.Ordinal)) ? Without(Intent.Why) : this;
        }
    }
}
