namespace PerfBot.Questions.Reading;

/// <summary>
/// Finds the committee a question names, by the words of its name that set it apart (not "scrutiny" or "committee"),
/// marked as scope. "The committee" alone means the only one when the store holds one and the question is about meeting.
/// </summary>
internal static class CommitteeStage
{
    public sealed record Result(Tokens Tokens, Committee? Committee, IReadOnlyList<string> Notes);

    private static bool IsCommitteeWord(string word) => word is "committee" or "scrutiny";

    public static Result Read(Tokens tokens, QuestionIndex index, bool meetingCue)
    {
        var live = tokens.Positions(t => t.IsContent);
        var liveStems = live.Select(i => tokens[i].Stem).ToList();
        foreach (var (committee, key) in index.CommitteeKeys)
        {
            var at = QuestionIndex.IndexOf(liveStems, key, 0);
            if (key.Length == 0 || at < 0) continue;
            var named = tokens.MarkScope(live.Skip(at).Take(key.Length));
            named = named.Consume(named.Positions(t => IsCommitteeWord(t.Word)));
            return new Result(named, committee, [$"committee '{committee.Name}'"]);
        }
        var general = tokens.Positions(t => !t.Consumed && (IsCommitteeWord(t.Word) || t.Word == "committees"));
        if (general.Count == 0) return new Result(tokens, null, []);
        var rest = tokens.Consume(general.Take(1));
        if (index.Committees.Count == 1 && meetingCue)
            return new Result(rest, index.Committees[0], [$"'{tokens[general[0]].Word}' → the only committee, {index.Committees[0].Name}"]);
        return new Result(rest, null, []);
    }
}
