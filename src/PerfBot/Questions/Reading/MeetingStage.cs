namespace PerfBot.Questions.Reading;

/// <summary>
/// Which meeting a committee question means: a day or a period named ("14 March 2022", "in July", "for 2026"),
/// next or last, or before, after or the same as the meeting just talked about. Read only for questions about a
/// committee, or right after an answer about a meeting ("and the one after that?").
/// </summary>
internal static class MeetingStage
{
    public sealed record Result(Tokens Tokens, MeetingAsk? Ask, bool Undated, IReadOnlyList<string> Notes);

    /// <param name="aboutCommittee">The question has a committee, meeting, forward-plan or preparation cue.</param>
    /// <param name="lastMeeting">The meeting the last answer was about, if it was about one.</param>
    public static Result Read(Tokens tokens, PeriodAsk? period, ReaderConfig config, bool aboutCommittee, DateOnly? lastMeeting)
    {
        if (!aboutCommittee && lastMeeting is null) return new Result(tokens, null, false, []);
        var notes = new List<string>();
        var undated = false;
        foreach (var phrase in config.Undated.OrderByDescending(p => p.Length))
        {
            var words = phrase.Split(' ');
            var at = tokens.Find(words);
            if (at < 0) continue;
            tokens = tokens.Consume(at, words.Length);
            undated = true;
            notes.Add($"'{phrase}' → forward-plan items with no meeting yet");
            break;
        }
        MeetingWhen? when = null;
        foreach (var (phrase, value) in config.MeetingTimes)
        {
            // Without a committee cue only the words relative to the last meeting count: "next" or "last" could be a period.
            if (!aboutCommittee && value is not (MeetingWhen.After or MeetingWhen.Before or MeetingWhen.That)) continue;
            if (!aboutCommittee && phrase.Words.Length < 2) continue;
            // "That meeting" though a cue took "meeting": the phrase as said.
            var at = phrase.Words.Length > 1 ? tokens.FindAnywhere(phrase.Words) : tokens.Find(phrase.Words);
            if (at < 0 || (when is not null && tokens.Skip(at).Take(phrase.Words.Length).All(t => t.Consumed))) continue;
            tokens = tokens.Consume(at, phrase.Words.Length);
            when ??= value;
            notes.Add($"'{phrase.Text}' → {value.ToString().ToLowerInvariant()}");
        }
        if (!aboutCommittee && when is null) return new Result(tokens, null, undated, notes);
        var ask = period switch
        {
            { Kind: PeriodAskKind.Day, Day: { } day } when when is not (MeetingWhen.After or MeetingWhen.Before) => new MeetingAsk(MeetingWhen.On, day),
            { Kind: PeriodAskKind.Day, Day: { } day } => new MeetingAsk(when!.Value, Anchor: day),
            { } p when p.Known() is { } within && when is MeetingWhen.After or MeetingWhen.Before => new MeetingAsk(when!.Value, Within: within),
            { } p when p.Known() is { } within => new MeetingAsk(MeetingWhen.Within, Within: within),
            { Kind: PeriodAskKind.MonthOfYear } p when when is MeetingWhen.After or MeetingWhen.Before => new MeetingAsk(when!.Value, Within: Indicators.Period.Month(1, p.Number)),
            { Kind: PeriodAskKind.MonthOfYear } p => new MeetingAsk(MeetingWhen.Within, Within: Indicators.Period.Month(1, p.Number)),
            _ when when is MeetingWhen.After or MeetingWhen.Before or MeetingWhen.That => new MeetingAsk(when.Value, Anchor: lastMeeting),
            _ => new MeetingAsk(when ?? MeetingWhen.Next),
        };
        return new Result(tokens, ask, undated, notes);
    }
}
