using PerfBot.Conversations;

namespace PerfBot.Questions.Learning;

/// <summary>
/// The role of whoever asked, for the question log, which keeps no name: chair, vice-chair or member of a committee the
/// store holds (by the name Teams gives), else "other" (officers and everyone else).
/// </summary>
public static class AskerRoles
{
    public static string Of(ChatUser user, IReadOnlyList<Committee> committees)
    {
        if (user.Name is not { Length: > 0 } name) return "other";
        var key = QuestionText.Normalise(name);
        if (committees.Any(c => c.Chair is { } chair && QuestionText.Normalise(chair) == key)) return "chair";
        if (committees.Any(c => c.ViceChair is { } vice && QuestionText.Normalise(vice) == key)) return "vice-chair";
        return committees.Any(c => c.Members.Any(m => QuestionText.Normalise(m) == key)) ? "member" : "other";
    }
}
