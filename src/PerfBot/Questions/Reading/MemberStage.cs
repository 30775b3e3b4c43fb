namespace PerfBot.Questions.Reading;

/// <summary>
/// Finds committee members a question names, from the store's membership: a full name anywhere ("is Bill Pipe on
/// it?"), a surname alone only after "Cllr" or "councillor", or in a question about the committee ("is Taylor the chair?").
/// </summary>
internal static class MemberStage
{
    public sealed record Result(Tokens Tokens, IReadOnlyList<string> Members, Committee? Committee, IReadOnlyList<string> Notes);

    private static readonly string[] Titles = ["cllr", "councillor", "cllrs", "councillors"];

    public static Result Read(Tokens tokens, QuestionIndex index, bool committeeCue)
    {
        var found = new List<(string Name, Committee Committee)>();
        var notes = new List<string>();
        foreach (var (committee, member, words) in index.MemberNames.OrderByDescending(m => m.Words.Length))
        {
            var at = tokens.Find(words);
            var length = words.Length;
            if (at < 0 && words.Length > 1)
            {
                var surname = tokens.Find([words[^1]]);
                var titled = surname > 0 && Titles.Contains(tokens[surname - 1].Word);
                if (surname >= 0 && (titled || committeeCue) && index.MemberNames.Count(m => m.Words[^1] == words[^1]) == 1)
                    (at, length) = titled ? (surname - 1, 2) : (surname, 1);
            }
            if (at < 0) continue;
            tokens = tokens.Consume(at, length);
            if (found.All(f => f.Name != member)) found.Add((member, committee));
            notes.Add($"'{member}' is a member of {committee.Name}");
        }
        // "Cllr" with a member named is part of the name; alone ("how many councillors?") it is what is asked about.
        if (found.Count > 0) tokens = tokens.Consume(tokens.Positions(t => t.IsFree && Titles.Contains(t.Word)));
        var committees = found.Select(f => f.Committee).Distinct().ToList();
        return new Result(tokens, found.Select(f => f.Name).ToList(), committees.Count == 1 ? committees[0] : null, notes);
    }
}
