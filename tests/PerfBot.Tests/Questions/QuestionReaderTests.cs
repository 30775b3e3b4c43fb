using PerfBot.Charts;
using PerfBot.Cli;
using PerfBot.Indicators;
using PerfBot.Questions;

namespace PerfBot.Tests.Questions;

public class QuestionReaderTests(DemoStore store) : IClassFixture<DemoStore>
{
    private Understanding Read(string question) => store.Service.Understand(question);

    [Theory]
    [InlineData("<at>PerfBot</at> whats red in childrens", "whats red in childrens")]
    [InlineData("What's the CiC rate?", "whats the cic rate")]
    [InlineData("children's   services", "childrens services")]
    [InlineData("LAC out of area Q2 2025/26", "lac out of area q2 2025/26")]
    [InlineData("B&B over 6 weeks", "b and b over 6 weeks")]
    [InlineData("CIN per 10,000", "cin per 10000")]
    public void Questions_are_normalised_before_reading(string question, string normalised) =>
        Assert.Equal(normalised, QuestionText.Normalise(question));

    [Theory]
    [InlineData("carers", "carer")]
    [InlineData("placed", "plac")]
    [InlineData("placements", "plac")]
    [InlineData("children", "child")]
    [InlineData("referrals", "referral")]
    public void Word_forms_meet_at_one_stem(string word, string stem) => Assert.Equal(stem, QuestionText.Stem(word));

    [Theory]
    [InlineData("LAC out of area Q2 2025/26", "Q2 2025/26")]
    [InlineData("lac out of area 2025/26 q2", "Q2 2025/26")]
    [InlineData("kids in care rate oct 2020", "Oct-20")]
    [InlineData("out of area placements sept 25", "Sep-25")]
    [InlineData("lac placed out of area oct-20", "Oct-20")]
    public void Written_periods_are_read_with_the_period_parser(string question, string label)
    {
        var u = Read(question);
        Assert.Equal(PeriodAskKind.Exact, u.Period?.Kind);
        Assert.Equal(label, u.Period!.Exact!.Value.Label);
    }

    [Fact]
    public void Last_quarter_and_last_month_are_relative_to_the_data_not_today()
    {
        var lac = store.Service.Ask("lac out of area last quarter");
        Assert.Equal("Q2 2025/26", lac.Indicators[0].Period);
        var foster = store.Service.Ask("foster carers last month");
        Assert.Equal("Oct-20", foster.Indicators[0].Period);
        var lastYear = store.Service.Ask("domestic abuse incidents last year");
        Assert.Equal("Oct-19", lastYear.Indicators[0].Period);
    }

    [Fact]
    public void Typos_and_vocabulary_are_explained()
    {
        var u = Read("fostr carers");
        Assert.Equal("foster-carers-active", u.Chosen?.Code);
        Assert.Contains(u.Notes, n => n.Contains("typo", StringComparison.Ordinal));
        var lac = Read("LAC out of area");
        Assert.Contains(lac.Notes, n => n.Contains("vocabulary 'LAC'", StringComparison.Ordinal));
        Assert.Contains("Intent:     status", lac.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_about_something_not_held_gets_no_figure()
    {
        var answer = store.Service.Ask("how many potholes were filled last month");
        Assert.Equal(Intent.Unknown, answer.Intent);
        Assert.Empty(answer.Indicators);
        Assert.DoesNotMatch(@"\d", AnswerText.Render(answer).Split('\n')[0]);
        Assert.Contains("no indicator", AnswerText.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Close_candidates_are_offered_as_did_you_mean_without_figures()
    {
        // "Safeguarding" alone is a topic (every indicator of it, listed); asking for one thing of it is not.
        var answer = Assert.IsType<DidYouMeanAnswer>(store.Service.Ask("safeguarding target"));
        Assert.True(answer.Choices.Count is >= 2 and <= 3, answer.Understanding.Explain());
        Assert.All(answer.Indicators, i => Assert.Null(i.Value));
        Assert.StartsWith("Did you mean", AnswerText.Render(answer), StringComparison.Ordinal);
        // The button sends the code, which names the indicator outright.
        var chosen = store.Service.Ask(answer.Choices[0].Question);
        Assert.Equal(answer.Choices[0].Code, chosen.Indicators.Single().Code);
    }

    [Fact]
    public void Stale_data_is_never_presented_as_current()
    {
        var answer = Assert.IsType<IndicatorAnswer>(store.Service.Ask("ehcp timeliness"));
        Assert.Contains("Latest data Q2 2025/26 — over a year old, overdue: not current.", AnswerText.Render(answer), StringComparison.Ordinal);
        Assert.True(answer.Detail.IsStale);
        Assert.Contains("Source:", AnswerText.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_with_no_figure_says_so_and_lists_what_is_held()
    {
        var answer = store.Service.Ask("foster carers oct 2021");
        Assert.Null(answer.Indicators[0].Value);
        Assert.Equal("Oct-21", answer.Indicators[0].Period);
        Assert.Contains("No figure is held for Oct-21", AnswerText.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_are_grouped_by_service_area_with_every_match()
    {
        var answer = Assert.IsType<ListAnswer>(store.Service.Ask("whats red in childrens"));
        Assert.Equal(Intent.List, answer.Intent);
        Assert.Equal(7, answer.Indicators.Count);
        Assert.Single(answer.Groups);
        Assert.All(answer.Indicators, i => Assert.True(i.IsStale));
    }

    [Fact]
    public void The_json_answer_has_the_agreed_shape()
    {
        var json = CliJson.Write(AnswerJson.From(store.Service.Ask("LAC out of area Q2 2025/26")));
        Assert.StartsWith("{\"intent\":\"status\",\"indicators\":[{\"code\":\"lac-placed-out-of-area\",\"name\":\"Percentage of looked after children placed outside the council area\",\"period\":\"Q2 2025/26\",\"value\":45.22,\"unit\":\"%\",\"target\":30,\"rag\":\"Red\",\"direction\":\"Worsening\"}],\"text\":", json, StringComparison.Ordinal);
        Assert.Contains("\"suggestions\":[", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trend_with_three_or_more_figures_has_a_png_chart()
    {
        var answer = Assert.IsType<IndicatorAnswer>(store.Service.Ask("lac out of area trend"));
        var png = TrendChart.Render(answer.Detail.Chart!);
        Assert.True(png.Length > 1000);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
        Assert.Null(Assert.IsType<IndicatorAnswer>(store.Service.Ask("foster carers trend")).Detail.Chart);
    }

    [Fact]
    public void Reported_rag_is_shown_with_the_computed_one_where_they_differ()
    {
        // 72.86% against a 72.6% target, higher is better: the report says Amber, the rules say Green.
        var answer = store.Service.Ask("care at home percentage");
        Assert.Equal(Rag.Amber, answer.Indicators[0].Rag);
        Assert.Contains("Amber as reported; the RAG rules give Green", AnswerText.Render(answer), StringComparison.Ordinal);
    }
}
