namespace PerfBot.Questions.Answering;

/// <summary>
/// Picks the answerer for an understood question by its intent.
/// A new kind of answer takes: its record beside the others in Questions/Answer.cs; an answerer in this folder (a
/// plain class taking the store classes it reads from); a constructor parameter and a case below; its type in
/// QuestionsFeature's list of answerers; a case in AnswerText.Render and, unless its text alone is the card, one
/// in AnswerCard.Build.
/// </summary>
public sealed class AnswerDispatcher(
    IndicatorAnswerer indicator,
    ListAnswerer list,
    DidYouMeanAnswerer didYouMean,
    NextMeetingAnswerer nextMeeting,
    HelpAnswerer help,
    NotHeldAnswerer notHeld)
{
    public Answer Answer(Understanding u, QuestionIndex index) => u.Intent switch
    {
        Intent.Help => help.Answer(u, index),
        Intent.NextMeeting => nextMeeting.Answer(u, index),
        Intent.List => list.Answer(u, index),
        _ when Intents.IsAboutOne(u.Intent) && u.Chosen is { } chosen => indicator.Answer(u, index, chosen.Entry.Indicator),
        _ when Intents.IsAboutOne(u.Intent) && u.IsAmbiguous => didYouMean.Answer(u),
        _ => notHeld.Answer(u, index),
    };
}
