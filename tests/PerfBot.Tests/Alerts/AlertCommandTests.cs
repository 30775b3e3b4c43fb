using PerfBot.Alerts;

namespace PerfBot.Tests.Alerts;

public class AlertCommandTests
{
    [Theory]
    [InlineData("alert me about foster carers", "foster carers")]
    [InlineData("Alert me on EHCPs issued within 20 weeks.", "EHCPs issued within 20 weeks")]
    [InlineData("please notify me when children in care rate changes", "children in care rate")]
    public void Subscribe(string text, string indicator) => Assert.Equal(new AlertCommand.Subscribe(indicator), AlertCommand.Parse(text));

    [Theory]
    [InlineData("stop alerts for foster carers", "foster carers")]
    [InlineData("Stop alerting me about foster carers", "foster carers")]
    [InlineData("cancel my alerts on foster carers", "foster carers")]
    public void Unsubscribe(string text, string indicator) => Assert.Equal(new AlertCommand.Unsubscribe(indicator), AlertCommand.Parse(text));

    [Theory]
    [InlineData("my alerts")]
    [InlineData("Show my alerts?")]
    public void List(string text) => Assert.IsType<AlertCommand.List>(AlertCommand.Parse(text));

    [Theory]
    [InlineData("how are foster carers doing?")]
    [InlineData("digest")]
    [InlineData("")]
    public void Other_text_is_not_an_alert_command(string text) => Assert.Null(AlertCommand.Parse(text));
}
