namespace PerfBot.Questions.Answering;

/// <summary>
/// Picks the answerer for an understood question by its intent.
/// A new kind of answer takes: its record beside the others in Questions/Answer.cs (or CommitteeAnswers.cs); an
/// answerer in this folder (a plain class taking the store classes it reads from); a constructor parameter and a case
/// below; its type in QuestionsFeature's list of answerers; a case in AnswerText.Render and, unless its text alone is
/// the card, one in AnswerCard.Build.
/// </summary>
public sealed class AnswerDispatcher(
    IndicatorAnswerer indicator,
    ComparisonAnswerer comparison,
    ListAnswerer list,
    DidYouMeanAnswerer didYouMean,
    CommitteeAnswerer committee,
    MeetingAnswerer meeting,
    ForwardPlanAnswerer forwardPlan,
    PrepareAnswerer prepare,
    HelpAnswerer help,
    ClarifyAnswerer clarify,
    NotHeldAnswerer notHeld)
{
    public Answer Answer(Understanding u, QuestionIndex index) => u.Intent switch
    {
        Intent.Help => help.Answer(u, index),
        Intent.Clarify => clarify.Answer(u, index),
        Intent.Committee => committee.Answer(u, index),
        Intent.Meeting => meeting.Answer(u, index),
        Intent.ForwardPlan => forwardPlan.Answer(u, index),
        Intent.Prepare => prepare.Answer(u, index),
        Intent.List or Intent.Topic => list.Answer(u, index),
        Intent.Compare when u.Chosen is { } first && u.Compared is { } second => comparison.Answer(u, index, first, second),
        _ when Intents.IsAboutOne(u.Intent) && u.Chosen is { } chosen => indicator.Answer(u, index, chosen.Entry.Indicator),
        _ when Intents.IsAboutOne(u.Intent) && u.IsAmbiguous => didYouMean.Answer(u),
        _ => notHeld.Answer(u, index),
    };
}
