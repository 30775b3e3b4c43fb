namespace PerfBot.Tests.Store;

/// <summary>The measures as published in the seed reports, transcribed by hand independently of data/demo, to check the demo store against.</summary>
public static class PublishedMeasures
{
    public sealed record Published(string Name, string Period, double Value, double? Target, double? LastYear, string Rag, string? Direction, string Report);

    /// <summary>Appendix 1 of seed 000: People and Health scrutiny measures rated red or amber, October 2020 (or last reported in 2020/21).</summary>
    public static readonly IReadOnlyList<Published> October2020 =
    [
        // Target 60.00 printed on the data line; Last year 67.10 printed on the next line on its own.
        new("Rates of children in care per 10,000", "Oct-20", 70.00, 60.00, 67.10, "Red", "Improving", "000"),
        new("Percentage of looked after children placed outside the council area", "Oct-20", 41.40, 30.00, 38.80, "Red", "Improving", "000"),
        // ambiguous: printed "Worsening  4,110" – the double space marks one blank cell (Target), so 4,110 is taken as Last year.
        new("Total number of service users", "Oct-20", 4469, null, 4110, "Red", "Worsening", "000"),
        new("Percentage of overall packages which are joint funded", "Oct-20", 4.54, null, null, "Red", "Same", "000"),
        // ambiguous: printed "Same  " (two trailing spaces = blank Target) with 452 alone on the following line, so 452 is taken as Last year.
        new("Total number of hospital discharges", "Oct-20", 186, null, 452, "Red", "Same", "000"),
        // ambiguous: printed "Worsening 75  " – 75 directly after D.O.T. (single space), then a blank cell, so 75 is taken as Target and Last year as blank.
        new("Number of affordable homes delivered", "Sep-20", 47, 75, null, "Red", "Worsening", "000"),
        new("Number of active foster carers (including connected persons)", "Oct-20", 206, 215, 201, "Amber", "Same", "000"),
        new("Rates of children in need per 10,000 (including CP & CIC)", "Oct-20", 355.20, 280.00, 380.40, "Amber", "Same", "000"),
        new("Rate of children with a child protection plan per 10,000", "Oct-20", 49.50, 40.00, 42.20, "Amber", "Worsening", "000"),
        new("Reablement effectiveness in delaying and reducing the need for care and support (%)", "Oct-20", 72.00, 80.00, 56.00, "Amber", "Worsening", "000"),
        new("New cases received this month where the Council has been contacted by either a family or individual who has described themselves as homeless or threatened with homelessness. This figure does not include verbal approaches but accounts for completed applications received", "Oct-20", 268, null, null, "Amber", "Same", "000"),
        new("Total number of households accommodated in B & B on the last day of the month", "Oct-20", 105, null, null, "Amber", "Improving", "000"),
        // ambiguous: printed "Improving  571" – the double space marks a blank Target, so 571 is taken as Last year.
        new("Total number of anti-social behaviour recordings including environmental, nuisance and personal", "Oct-20", 706, null, 571, "Amber", "Improving", "000"),
        // ambiguous: printed "Improving  230" – the double space marks a blank Target, so 230 is taken as Last year.
        new("Reported domestic abuse with evidence to suggest physical and coercive violence", "Oct-20", 207, null, 230, "Amber", "Improving", "000"),
        // ambiguous: printed "Worsening  143" – the double space marks a blank Target, so 143 is taken as Last year.
        new("Reported domestic abuse incidents", "Oct-20", 230, null, 143, "Amber", "Worsening", "000"),
        // ambiguous: data line ends at "Same"; a line holding a single space (the blank Target cell) precedes 27.10 on its own line, so 27.10 is taken as Last year.
        new("Percentage of services that are residential or nursing", "Oct-20", 27.14, null, 27.10, "Amber", "Same", "000"),
        // ambiguous: printed "Same 72.60  " – same pattern as "Worsening 75  " (value directly after D.O.T., then a blank cell), so 72.60 is taken as Target and Last year as blank; the companion residential row's 27.10 reads as Last year, so 72.60 may be Last year too.
        new("Percentage of services that are not residential or nursing", "Oct-20", 72.86, 72.60, null, "Amber", "Same", "000"),
        new("Percentage of Adults with learning disability in paid employment", "Oct-20", 3.90, 6.00, 3.50, "Amber", "Improving", "000"),
        new("Review Performance - percentage of long-term clients reviewed in the last 12 months (year to date, as at end of the month)", "Oct-20", 54.00, 75.00, 68.00, "Amber", "Worsening", "000"),
        // ambiguous: printed "Same  369.00" – the double space marks a blank Target (the commentary says a target is not appropriate), so 369.00 is taken as Last year.
        new("Safeguarding Activity - number of safeguarding concerns received during the period", "Oct-20", 364.00, null, 369.00, "Amber", "Same", "000"),
        // ambiguous: printed "Amber  100.00" – the double space marks a blank D.O.T., so 100.00 falls in the next column and is taken as Target; Last year blank.
        new("Percentage of child protection cases dealt with in court within 26 weeks", "Oct-20", 40.00, 100.00, null, "Amber", null, "000"),
        new("Percentage of 16 and 17 year olds not in education, employment or training", "Sep-20", 3.64, 3.50, 2.90, "Amber", "Worsening", "000"),
        new("Reduction in rate of children re-referrals (%)", "Sep-20", 21.70, 20.00, 21.60, "Amber", "Improving", "000"),
        new("Safeguarding Feedback - individuals that felt safer as a result of the safeguarding intervention (%)", "Sep-20", 50.00, 75.00, 41.00, "Amber", "Improving", "000"),
        new("Safeguarding Feedback - individuals that felt listened to during the safeguarding intervention (%)", "Sep-20", 76.00, 85.00, 54.00, "Amber", "Improving", "000"),
        new("Staff turnover as a percentage of total Dorset Council headcount (DC Overall)", "Oct-20", 0.82, null, null, "Amber", "Improving", "000"),
        // Target 8.00 and Last year 9.50 each printed on their own line, in column order.
        new("Average number of working days lost to sickness per FTE (DC Overall)", "Oct-20", 8.54, 8.00, 9.50, "Amber", "Same", "000"),
        new("Average number of working days lost to long term sickness per FTE (DC Overall)", "Oct-20", 5.10, 4.00, 4.87, "Amber", "Worsening", "000"),
    ];

    /// <summary>Seed 001: Appendix 1 (red) then Appendix 2 (amber and worsening), Quarter 2 2025/26. The report prints no target or last-year columns.</summary>
    public static readonly IReadOnlyList<Published> Quarter2_2025 =
    [
        // Appendix 1: red-rated measures (printed "RED").
        new("Adults Safeguarding Activity - number of safeguarding concerns received during the month", "Q2 2025/26", 636, null, null, "Red", "Same", "001"),
        new("Number of pregnant women / families in B&B exceeding 6 week stay", "Q2 2025/26", 1, null, null, "Red", "Worsening", "001"),
        new("Number of Independent Special School places taken up by children and young people", "Q2 2025/26", 542, null, null, "Red", "Same", "001"),
        new("Number of special educational needs (SEND) tribunals against the authority", "Q2 2025/26", 15, null, null, "Red", "Improving", "001"),
        new("Percentage of children with a new child protection plan who have been on a child protection plan within the last two years (rolling 12 months)", "Q2 2025/26", 16.22, null, null, "Red", "Worsening", "001"),
        new("Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks", "Q2 2025/26", 22.86, null, null, "Red", "Worsening", "001"),
        // The appendix has no target column; section 4.2 says "Dorset's target is 30%".
        new("Percentage of looked after children placed outside the council area", "Q2 2025/26", 45.22, 30, null, "Red", "Worsening", "001"),
        new("Rate of permanent exclusions from schools (all schools) (%)", "Q2 2025/26", 0.84, null, null, "Red", "Worsening", "001"),
        // note: the narrative continues over two later table pages; the last continuation row carries stray "Red" / "Green" in the RAG / DOT cells,
        // which is not a separate measure and is ignored here ("Green" is not a direction of travel); the measure's own row reads RED / Improving.
        // The narrative gives "The national target of 95%".
        new("Percentage of deaths registered within 5 calendar days", "Q2 2025/26", 80, 95, null, "Red", "Improving", "001"),

        // Appendix 2: amber-rated measures with a worsening direction of travel.
        new("Adults - Number of outstanding assessments (Care Act)", "Q2 2025/26", 863, null, null, "Amber", "Worsening", "001"),
        new("Adults - Number of overdue 12 month reviews (Care Act)", "Q2 2025/26", 1221, null, null, "Amber", "Worsening", "001"),
        // note: the indicator name runs over a page break; its tail "alternative accommodation)" is a continuation row on the next table page.
        new("Net number of households in Temporary accommodation (including B&B) at the end of the month (taking in to account households newly placed in TA and those moving out into alternative accommodation)", "Q2 2025/26", 211, null, null, "Amber", "Worsening", "001"),
        new("Percentage of 3 and 4 yr olds benefitting from funding EY education in Met/Good/Outstanding setting", "Q2 2025/26", 96.78, null, null, "Amber", "Worsening", "001"),
        new("Percentage of Section 47 investigations completed within 10 days", "Q2 2025/26", 82.76, null, null, "Amber", "Worsening", "001"),
        new("Percentage of Section 47s leading to an Initial Child Protection Conference (ICPC)", "Q2 2025/26", 42.53, null, null, "Amber", "Worsening", "001"),
        new("The total number of contacts into adult social care each month", "Q2 2025/26", 1704, null, null, "Amber", "Worsening", "001"),
    ];
}
