using PerfBot.Indicators;
using PerfBot.Questions;

namespace PerfBot.Briefings;

/// <summary>
/// "What should I ask about?" for any member: the focus areas and scrutiny questions of the brief composed for the
/// meeting, as of today — the same composition as the chair's brief, without its document or its card.
/// </summary>
public sealed class BriefPreparation(BriefSource source) : IMeetingPreparer
{
    public MeetingPreparation? Prepare(long committeeId, DateOnly meeting, DateOnly asOf)
    {
        var committee = source.Committees().FirstOrDefault(c => c.Id == committeeId);
        var held = committee is null ? null : source.Meetings(committee.Id).FirstOrDefault(m => m.Date == meeting);
        if (committee is null || held is null) return null;
        var inputs = source.Read(committee, held, asOf);
        var brief = BriefComposer.Compose(inputs);
        var shown = brief.Focus.Select(f => f.Code).Concat(brief.Questions.Select(q => q.IndicatorCode).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        var sources = brief.Red.Concat(brief.AmberWorsening).Where(i => shown.Contains(i.Code)).Select(i => i.Source).OfType<string>().Distinct().ToList();
        return new MeetingPreparation(
            brief.Focus.Select(f => new PreparationFocus(f.Code, f.Name, f.Reason)).ToList(),
            brief.Questions.Select(q => q.Text).ToList(),
            brief.Freshness.Text,
            sources) { QuestionCodes = brief.Questions.Select(q => q.IndicatorCode).ToList() };
    }
}
