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
        /// "Help", "help me", "can you help with the figures?" ask for help; "to help people get home" or "help families
        /// stay together" say what a service does: "help" followed by anything but the asker or what help is wanted with.
        /// </summary>
        public Result WithHelpAsked(string[] words, ReaderConfig config)
        {
            if (!Cues.Contains(Intent.Help)) return this;
            if (Matched.Any(m => m != "help" && config.IsCue(Intent.Help, m))) return this;
            var asked = Enumerable.Range(0, words.Length).Any(i => words[i] == "help" && (i == words.Length - 1 || HelpFollowers.Contains(words[i + 1])));
            return asked ? this : Without(Intent.Help);
        }

        /// <summary>
        /// "What's the plan for reducing X?", "what is being done to get more Y?": asked what is being done, the way the
        /// plan should move the figure says what is wanted of it, not which indicator it is.
        /// </summary>
        public Result WithAimSetAside(ReaderConfig config) =>
            Cues.Contains(Intent.Actions) ? this with { Tokens = Tokens.Consume(Tokens.Positions(t => !t.Consumed && config.AimWords.Contains(t.Word))) } : this;

        private static readonly HashSet<string> HelpFollowers = new(StringComparer.Ordinal) { "me", "us", "please", "pls", "with", "on", "i", "menu", "page", "needed", "text" };

        /// <summary>
        /// "What's happening with kids placed 20+ miles away?" asks how that subject stands, as "how are things with"
        /// would; "what's happening?" on its own, or "what's happening to make it rise?", still asks why.
        /// </summary>
        public Result WithStateAsked(string[] words, ReaderConfig config)
        {
            // Asked for help as well: left as read.
            if (!Cues.Contains(Intent.Why) || Cues.Contains(Intent.Help)) return this;
            var happening = Enumerable.Range(0, Math.Max(0, words.Length - 2)).Any(i => words[i] == "happening" && words[i + 1] == "with");
            return happening && Matched.Where(m => config.IsCue(Intent.Why, m)).All(m => m.EndsWith(" happening", StringComparison.Ordinal)) ? Without(Intent.Why) : this;
        }
    }
}
