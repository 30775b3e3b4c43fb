using PerfBot.Council;
using System.Globalization;
using System.Text;
using PerfBot.Indicators;
using PerfBot.Questions;
using PerfBot.Store.Import;

namespace PerfBot.Tests.Questions;

/// <summary>
/// Answers show the three years up to an indicator's latest figure and say when earlier ones are held; a period asked for
/// by name is found however old, with the figures it is compared with.
/// </summary>
public sealed class HistoryWindowTests : IDisposable
{
    private readonly TempStore _store = TempStore.Empty("People and Health Scrutiny Committee");
    private readonly QuestionService _service;

    public HistoryWindowTests()
    {
        // Apr-20 to Sep-25, 66 months; the value is 100 plus the month's place, so every figure says which month it is.
        var csv = new StringBuilder("indicator,service_area,committee,unit,frequency,polarity,period,value,target,source\n");
        var first = Period.Parse("Apr-20");
        for (var i = 0; i < 66; i++)
            csv.Append(CultureInfo.InvariantCulture, $"Number of foster carers,Children's Services,People and Health Scrutiny Committee,number,monthly,higher,{first.Shift(i).Label},{100 + i},150,test\n");
        // 2015/16 to 2024/25: ten yearly figures, 200 plus the year's place.
        for (var i = 0; i < 10; i++)
            csv.Append(CultureInfo.InvariantCulture, $"Number of adoptions,Children's Services,People and Health Scrutiny Committee,number,annual,higher,{2015 + i}/{(16 + i) % 100:00},{200 + i},150,test\n");
        MeasureImporter.Import(_store.Database, _store.WriteFile("carers.csv", csv.ToString()));
        _service = new QuestionService(_store.Database, new CouncilClock(new FakeTimeProvider(new DateTimeOffset(2025, 10, 20, 9, 0, 0, TimeSpan.Zero))));
    }

    [Fact]
    public void A_trend_shows_three_years_to_the_latest_figure_and_says_earlier_ones_are_held()
    {
        var answer = Assert.IsType<IndicatorAnswer>(_service.Ask("foster carers trend"));

        var history = answer.Detail.History;
        Assert.Equal("Oct-22", history[0].Period.Label);
        Assert.Equal("Sep-25", history[^1].Period.Label);
        Assert.Equal(36, history.Count);
        Assert.Equal(36, answer.Detail.Chart!.Points.Count);
        Assert.Contains("History from Oct-22 (earlier figures are held too)", AnswerText.Render(answer));
        Assert.DoesNotContain("Sep-22", AnswerText.Render(answer));
    }

    [Fact]
    public void A_period_older_than_the_window_is_answered_with_its_previous_period_and_last_year()
    {
        var answer = Assert.IsType<IndicatorAnswer>(_service.Ask("foster carers in Jun-21"));

        var status = answer.Detail.Status;
        Assert.Equal("Jun-21", status.Measurement!.Period.Label);
        Assert.Equal(114, status.Measurement.Value);
        Assert.Equal(("May-21", 113.0), (status.Previous!.Period.Label, status.Previous.Value!.Value));
        Assert.Equal(("Jun-20", 102.0), (status.LastYear!.Period.Label, status.LastYear.Value!.Value));
    }

    [Fact]
    public void A_period_not_held_lists_what_is_and_says_earlier_figures_exist()
    {
        var answer = Assert.IsType<IndicatorAnswer>(_service.Ask("foster carers in Oct-25"));

        Assert.Contains("No figure is held for Oct-25", AnswerText.Render(answer));
        Assert.Contains("Figures held from Oct-22: Oct-22,", AnswerText.Render(answer));
        Assert.Contains("Sep-25; earlier ones too.", AnswerText.Render(answer));
    }

    [Fact]
    public void A_yearly_measure_shows_six_years_so_its_trend_has_points()
    {
        var answer = Assert.IsType<IndicatorAnswer>(_service.Ask("adoptions trend"));

        Assert.Equal(["2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25"], answer.Detail.History.Select(h => h.Period.Label));
        Assert.Equal(6, answer.Detail.Chart!.Points.Count);
        Assert.Contains("History from 2019/20 (earlier figures are held too)", AnswerText.Render(answer));
    }

    public void Dispose() => _store.Dispose();
}
