namespace PerfBot.Store.Import;

public sealed record ImportSummary(string File, int Rows, int IndicatorsCreated, int MeasurementsAdded, int MeasurementsChanged, int MeasurementsUnchanged)
{
    public override string ToString() =>
        $"{File}: {Rows} row(s); {IndicatorsCreated} new indicator(s); {MeasurementsAdded} measurement(s) added, {MeasurementsChanged} changed, {MeasurementsUnchanged} unchanged.";
}
