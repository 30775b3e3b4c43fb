using System.Text;
using PerfBot.Council;

namespace PerfBot.Questions;

/// <summary>The committee answers as plain text, each ending with where its facts were read from.</summary>
internal static class CommitteeText
{
    public static string Committee(CommitteeAnswer answer)
    {
        var u = answer.Understanding;
        if (answer.About is { } about)
            return answer.ScrutinisedBy.Count == 0
                ? $"{about.Name} is not linked to a committee in the store."
                : $"{about.Name} is scrutinised by {string.Join("; ", answer.ScrutinisedBy)}."
                  + (answer.Committee is { Chair: { } chair } c ? $" Its chair is {chair}.{Cite(c.Source)}" : "");
        if (answer.Committee is not { } committee) return WhichCommittee(answer.Committees);
        var text = new StringBuilder();
        foreach (var member in u.Members)
        {
            var role = member == committee.Chair ? "the chair of" : member == committee.ViceChair ? "the vice-chair of" : "a member of";
            text.AppendLine(u.Role switch
            {
                CommitteeRole.Chair when member != committee.Chair => $"No: {member} is {role} {committee.Name}; its chair is {committee.Chair ?? "not recorded"}.",
                CommitteeRole.ViceChair when member != committee.ViceChair => $"No: {member} is {role} {committee.Name}; its vice-chair is {committee.ViceChair ?? "not recorded"}.",
                _ => $"Yes: {member} is {role} {committee.Name}.",
            });
        }
        if (u.Members.Count == 0)
        {
            if (u.Role is CommitteeRole.Chair or CommitteeRole.Overview) text.AppendLine($"The chair of {committee.Name} is {committee.Chair ?? "not recorded in the store"}.");
            if (u.Role is CommitteeRole.ViceChair or CommitteeRole.Overview) text.AppendLine($"The vice-chair is {committee.ViceChair ?? "not recorded in the store"}.");
            if (u.Role is CommitteeRole.Members or CommitteeRole.Overview)
                text.AppendLine(committee.Members.Count == 0 ? "No members are recorded in the store." : $"Members ({committee.Members.Count}): {string.Join(", ", committee.Members)}.");
        }
        return text.ToString().TrimEnd() + Cite(committee.Source);
    }

    public static string Meeting(MeetingAnswer answer)
    {
        if (answer.Committee is not { } committee) return WhichCommittee(answer.Committees);
        var ask = answer.Understanding.Meeting ?? new MeetingAsk(MeetingWhen.Next);
        if (answer.Meetings.Count == 0)
        {
            var none = ask.When switch
            {
                MeetingWhen.Next => $"No meeting of {committee.Name} after {CouncilCulture.Date(answer.AsOf)} is in the store.",
                MeetingWhen.Last => $"No meeting of {committee.Name} before {CouncilCulture.Date(answer.AsOf)} is in the store.",
                _ => $"No meeting of {committee.Name} fits that ({Describe(ask, answer.AsOf)}).",
            };
            var next = answer.Next is { } n && ask.When != MeetingWhen.Next ? $" The next is {CouncilCulture.DayAndDate(n.Date)}.{Cite(n.Source)}"
                : answer.Last is { } l ? $" The last one recorded was {CouncilCulture.Date(l.Date)}.{Cite(l.Source)}" : "";
            return none + next;
        }
        var text = new StringBuilder();
        if (answer.Meetings.Count == 1)
        {
            var m = answer.Meetings[0];
            var verb = m.Date >= answer.AsOf ? (ask.When == MeetingWhen.Next ? "next meets on" : "meets on") : "met on";
            text.Append($"{committee.Name} {verb} {CouncilCulture.DayAndDate(m.Date)}{(m.Title is null ? "" : $" ({m.Title})")}.");
            text.Append(Cite(m.Source));
            return text.ToString();
        }
        text.AppendLine($"{committee.Name} meetings ({Describe(ask, answer.AsOf)}):");
        foreach (var m in answer.Meetings) text.AppendLine($"• {CouncilCulture.DayAndDate(m.Date)}{(m.Title is null ? "" : $" ({m.Title})")}");
        var sources = answer.Meetings.Select(m => m.Source).OfType<string>().Distinct().ToList();
        return text.ToString().TrimEnd() + (sources.Count > 0 ? "\nSources: " + string.Join("; ", sources) : "");
    }

    public static string ForwardPlan(ForwardPlanAnswer answer)
    {
        if (answer.Committee is not { } committee) return WhichCommittee(answer.Committees);
        var u = answer.Understanding;
        var text = new StringBuilder();
        if (u.Undated)
            text.AppendLine(answer.Items.Count == 0 ? "Every forward-plan item has a meeting." : $"Forward-plan items of {committee.Name} with no meeting yet:");
        else if (answer.Meeting is { } meeting && u.SubjectStems.Count == 0)
            text.AppendLine(answer.Items.Count == 0
                ? $"No forward-plan items are recorded for the meeting on {CouncilCulture.DayAndDate(meeting.Date)}."
                : $"On the forward plan for {CouncilCulture.DayAndDate(meeting.Date)}:");
        else if (answer.Meeting is null && answer.Items.Count == 0)
            text.AppendLine($"No meeting of {committee.Name} fits that, so no forward-plan items.");
        else
            text.AppendLine($"Forward-plan items of {committee.Name} about that:");
        foreach (var item in answer.Items)
            text.AppendLine($"• {item.Item}{(item.MeetingDate is { } date ? $" — {CouncilCulture.DayAndDate(date)}" : " — no meeting set yet")}{(item.Detail is { Length: > 0 } d ? $": {d}" : "")}");
        var sources = answer.Items.Select(i => i.Source).OfType<string>().Distinct().ToList();
        return text.ToString().TrimEnd() + (sources.Count > 0 ? "\nSource: " + string.Join("; ", sources) : "");
    }

    public static string Prepare(PrepareAnswer answer)
    {
        if (answer.Committee is not { } committee) return WhichCommittee(answer.Committees);
        if (answer.Subject.Count > 0) return PrepareText.OnSubject(answer, committee);
        if (answer.Meeting is not { } meeting) return $"No meeting of {committee.Name} after {CouncilCulture.Date(answer.AsOf)} is in the store, so there is nothing to prepare for yet.";
        if (answer.Preparation is not { } p)
            return $"{committee.Name} next meets on {CouncilCulture.DayAndDate(meeting.Date)}. The brief's focus areas and questions are not available here.";
        var text = new StringBuilder($"For {committee.Name} on {CouncilCulture.DayAndDate(meeting.Date)}, from the figures in the store ({p.DataAge}):\n");
        if (p.Focus.Count == 0) text.AppendLine("No exceptions to focus on: nothing is Red, or Amber and worsening, in current data.");
        else
        {
            text.AppendLine("Areas of focus:");
            for (var i = 0; i < p.Focus.Count; i++) text.AppendLine($"{i + 1}. {p.Focus[i].Name}: {p.Focus[i].Reason}");
        }
        if (p.Questions.Count > 0)
        {
            text.AppendLine("Questions you could ask:");
            foreach (var q in p.Questions) text.AppendLine($"• {q}");
        }
        return text.ToString().TrimEnd() + (p.Sources.Count > 0 ? "\nSource: " + string.Join("; ", p.Sources) : "");
    }

    private static string WhichCommittee(IReadOnlyList<string> committees) =>
        $"Which committee? The store knows: {(committees.Count == 0 ? "none are set up" : string.Join("; ", committees))}.";

    private static string Cite(string? source) => source is { Length: > 0 } s ? $"\nSource: {s}" : "";

    private static string Describe(MeetingAsk ask, DateOnly today) => ask.When switch
    {
        MeetingWhen.On when ask.Day is { } d => $"on {CouncilCulture.Date(Answering.MeetingFinder.Nearest(d, today))}",
        MeetingWhen.Within when ask.Within is { } p => $"in {Answering.MeetingFinder.Nearest(p, today).Describe()}",
        MeetingWhen.After => "after that one",
        MeetingWhen.Before => "before that one",
        _ => ask.Describe(),
    };
}
