using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerfBot.Council;

namespace PerfBot.Briefings;

/// <summary>
/// The brief as a Word document laid out like the officers' reports: a short summary, then Appendix 1 (red measures)
/// and Appendix 2 (amber and worsening) as tables of Service Area, Indicator, Data, RAG, DOT and Narrative, followed by
/// focus, risks, forward plan, questions, overdue data and sources. Narratives and actions are given in full.
/// </summary>
public static class BriefDocument
{
    private static readonly string[] AppendixColumns = ["Service Area", "Indicator", "Data", "Target", "RAG", "DOT", "Narrative and actions"];
    // Twentieths of a point across a landscape A4 page with 2 cm margins (about 25.7 cm of text width).
    private static readonly int[] ColumnWidths = [1500, 2800, 1100, 900, 1100, 1300, 5868];

    public static byte[] Write(Brief brief)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(Body(brief));
            document.PackageProperties.Title = XmlText($"Brief: {brief.Committee}, {brief.Meeting:yyyy-MM-dd}");
            document.PackageProperties.Creator = "PerfBot";
        }
        return stream.ToArray();
    }

    private static Body Body(Brief b)
    {
        var body = new Body();
        body.Append(Heading($"{b.Committee}", 32));
        body.Append(Heading($"Pre-meeting brief for the meeting on {CouncilCulture.DayAndDate(b.Meeting)}", 26));
        body.Append(Para($"Prepared by PerfBot from the performance store as of {CouncilCulture.Date(b.ComposedOn)}. Every figure is a stored return with its period; sources are listed at the end."));
        body.Append(Para(b.Freshness.Text));
        body.Append(Para($"Red: {b.Counts.Red}.  Amber and worsening: {b.Counts.AmberWorsening}.  On track (Green): {b.Counts.OnTrack}.  Other current indicators: {b.Counts.OtherCurrent}.  Data overdue: {b.Counts.Overdue}.", bold: true));

        body.Append(Heading("Suggested areas of focus", 26));
        if (b.Focus.Count == 0) body.Append(Para("None: there are no current exceptions."));
        foreach (var f in b.Focus) body.Append(Para($"{f.Name}: {f.Reason}", bullet: true));

        body.Append(Heading("Suggested scrutiny questions", 26));
        for (var i = 0; i < b.Questions.Count; i++) body.Append(Para($"{i + 1}. {b.Questions[i].Text}"));

        body.Append(Heading("Strategic risks", 26));
        if (b.Risks.Count == 0) body.Append(Para("No strategic risks are linked to this committee."));
        foreach (var r in b.Risks)
            body.Append(Para($"Risk ID {r.Id}{(r.Rating is null ? "" : $", rated {r.Rating}")}{(r.Trend is null ? "" : $", {r.Trend}")}: “{r.Description}”" +
                             (r.LinkedIndicators.Count > 0 ? $" Linked indicators: {string.Join("; ", r.LinkedIndicators)}." : ""), bullet: true));

        body.Append(Heading("Forward plan items for this meeting", 26));
        if (b.ForwardPlan.Count == 0) body.Append(Para("None recorded for this meeting."));
        foreach (var p in b.ForwardPlan) body.Append(Para($"{p.Item}{(p.Detail is null ? "" : $": {p.Detail}")}", bullet: true));

        body.Append(Heading($"Appendix 1. Summary of performance exceptions (red RAG-rated measures) – {b.Committee}", 26));
        body.Append(Appendix(b.Red, "No indicator is red on current data."));
        body.Append(Heading($"Appendix 2. Summary of performance exceptions (Amber and ‘worsening’ RAG-rated measures) – {b.Committee}", 26));
        body.Append(Appendix(b.AmberWorsening, "No indicator is amber and worsening on current data."));

        if (b.Overdue.Count > 0)
        {
            body.Append(Heading("Data overdue", 26));
            body.Append(Para($"These {b.Overdue.Count} indicators are two or more of their own periods behind the committee's newest data ({b.Freshness.NewestPeriod}), so they are not counted as current exceptions."));
            foreach (var o in b.Overdue) body.Append(Para($"{o.Name}: latest data {o.LatestPeriod ?? "none"}", bullet: true));
        }

        body.Append(Heading("Sources", 26));
        foreach (var source in Sources(b)) body.Append(Para(source, bullet: true, size: 18));
        body.Append(Landscape());
        return body;
    }

    private static IEnumerable<string> Sources(Brief b) =>
        b.Red.Concat(b.AmberWorsening).Select(i => i.Source)
            .Concat(b.Red.Concat(b.AmberWorsening).SelectMany(i => i.Benchmarks).Select(x => x.Source))
            .Concat(b.Risks.Select(r => r.Source)).Concat(b.ForwardPlan.Select(p => p.Source))
            .OfType<string>().Distinct(StringComparer.Ordinal);

    private static OpenXmlElement Appendix(IReadOnlyList<BriefItem> items, string whenEmpty)
    {
        if (items.Count == 0) return Para(whenEmpty);
        var table = new Table(new TableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(ColumnWidths.Select(w => new GridColumn { Width = w.ToString(Wording.English) })));
        table.Append(Row(AppendixColumns.Select(c => Cell([Para(c, bold: true, size: 18)], "D9D9D9")).ToArray(), header: true));
        foreach (var i in items)
        {
            var narrative = Paragraphs(i.Narrative ?? "No narrative was recorded with this figure.");
            if (i.CommentaryBy is { } by) narrative.Add(Para($"{by}.", size: 18, italic: true));
            narrative.Add(Para($"Actions: {i.Actions ?? "none recorded with this figure."}", size: 18, italic: i.Actions is null));
            if (i.Benchmarks.Count > 0)
                narrative.Add(Para("Benchmarks: " + string.Join("; ", i.Benchmarks.Select(x => $"{x.Kind} {x.ValueText} ({x.Period})")), size: 18));
            if (i.PreviousText is not null) narrative.Add(Para($"Previous: {i.PreviousText}.", size: 18));
            table.Append(Row(
            [
                Cell([Para(i.ServiceArea ?? "", size: 18)]),
                Cell([Para(i.Name, size: 18)]),
                Cell([Para(i.ValueText, size: 18), Para(i.Period, size: 16)]),
                Cell([Para(i.TargetText ?? "none stored", size: 18)]),
                Cell([Para(i.Rag.ToString().ToUpperInvariant(), bold: true, size: 18), Para(i.RagSource, size: 14)], RagFill(i.Rag)),
                Cell([Para(i.Direction?.ToString() ?? "–", size: 18)]),
                Cell(narrative),
            ]));
        }
        return table;
    }

    private static string RagFill(Indicators.Rag rag) => rag switch
    {
        Indicators.Rag.Red => "F4B6B6",
        Indicators.Rag.Amber => "FCE4B6",
        _ => "C6E7C6",
    };

    private static TableRow Row(TableCell[] cells, bool header = false)
    {
        // A row is kept on one page, as the reports' appendices do: an indicator's name split over a page break misreads.
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        if (header) row.TableRowProperties!.Append(new TableHeader());
        row.Append(cells);
        return row;
    }

    private static TableCell Cell(IEnumerable<Paragraph> paragraphs, string? fill = null)
    {
        var cell = new TableCell();
        if (fill is not null) cell.Append(new TableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Fill = fill, Color = "auto" }));
        cell.Append(paragraphs);
        return cell;
    }

    /// <summary>Stored commentary keeps its paragraphs: one Word paragraph for each block the return had.</summary>
    private static List<Paragraph> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => Para(t, size: 18)).ToList();

    private static Paragraph Heading(string text, int halfPoints) => Para(text, bold: true, size: halfPoints, spaceBefore: 240);

    private static Paragraph Para(string text, bool bold = false, int size = 22, bool bullet = false, bool italic = false, int spaceBefore = 0)
    {
        // The schema fixes the order of run properties: fonts, bold, italic, then size.
        var runProperties = new RunProperties(new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" });
        if (bold) runProperties.Append(new Bold());
        if (italic) runProperties.Append(new Italic());
        runProperties.Append(new FontSize { Val = size.ToString(Wording.English) });
        var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = spaceBefore.ToString(Wording.English), After = "60" }));
        if (bullet) paragraph.ParagraphProperties!.Append(new Indentation { Left = "360", Hanging = "240" });
        paragraph.Append(new Run(runProperties, new Text(XmlText(bullet ? "• " + text : text)) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    /// <summary>
    /// Text as XML 1.0 can hold it: a control character (a vertical tab from a spreadsheet cell), an unpaired surrogate
    /// or U+FFFE/U+FFFF would make the document unwritable, so each becomes a space; tabs and line breaks stay.
    /// </summary>
    internal static string XmlText(string text)
    {
        if (!text.Any(c => c < ' ' || char.IsSurrogate(c) || c >= '\uFFFE')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c >= '\uFFFE') chars[i] = ' ';
        }
        return new string(chars);
    }

    private static SectionProperties Landscape() => new(
        new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 });
}
