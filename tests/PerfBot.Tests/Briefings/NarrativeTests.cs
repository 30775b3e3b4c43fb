using PerfBot.Briefings;

namespace PerfBot.Tests.Briefings;

public sealed class NarrativeTests
{
    [Fact]
    public void Short_text_is_kept_whole() => Assert.Equal("One sentence.", Narrative.Shorten("  One sentence.  "));

    [Fact]
    public void Long_text_is_cut_after_a_whole_sentence_with_an_ellipsis()
    {
        var text = "The rate was 45.22 at the end of the quarter. Then " + new string('x', 50) + " continues here. Third sentence.";
        Assert.Equal("The rate was 45.22 at the end of the quarter. …", Narrative.Shorten(text, 60));
    }

    [Fact]
    public void A_decimal_point_is_not_a_sentence_end()
    {
        var text = "Performance was 82.76 against 90.5 last year and the gap is closing slowly over time. More follows.";
        Assert.Equal("Performance was 82.76 against 90.5 last year and the gap is closing slowly over time. …", Narrative.Shorten(text, 90));
    }

    [Fact]
    public void A_first_sentence_longer_than_the_limit_is_kept_whole_rather_than_cut()
    {
        var text = "A very long first sentence that runs past the limit. Second.";
        Assert.Equal("A very long first sentence that runs past the limit. …", Narrative.Shorten(text, 20));
    }
}
