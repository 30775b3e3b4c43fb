using System.Collections.Concurrent;
using System.Diagnostics;
using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>
/// Questions through the real host: `perfbot serve` processes on loopback — one, or two sharing a PostgreSQL store,
/// each asked every other question — each reply timed from POST /api/messages until it reaches a loopback Bot
/// Connector, which also counts a question answered twice; the serve processes' peak memory and CPU time are read from
/// /proc. The questions come from <see cref="Members"/> members, each asking in their own 1:1 chat, in turn: Teams lets
/// an app send 50 messages a second per tenant and a few a second per conversation, and PerfBot paces itself to both,
/// so the members are spread over <see cref="Tenants"/> tenants for the figure to measure PerfBot rather than those limits.
/// </summary>
public static class EndToEndBenchmark
{
    public const int Tenants = 32;
    public const int Members = 640;

    /// <param name="ServeCpuMsPerQuestion">CPU time the `perfbot serve` processes spent per question (user + system, from /proc): what a question costs PerfBot, whatever else the machine is doing.</param>
    /// <param name="ClientCpuMsPerQuestion">CPU time this process spent per question as the members' client and the loopback connector, on the same cores.</param>
    /// <param name="FirstPassQuestionsPerSecond">The warm-up set, asked the same way straight after start: code not yet optimised by the JIT.</param>
    /// <param name="DuplicateReplies">Replies to a question that had been answered already: zero, or a question was answered twice.</param>
    /// <param name="FollowUps">Follow-ups asked in the same chat right after each answer ("why?", "and last year?"), answered with its context.</param>
    /// <param name="FollowUpsWithContext">Follow-ups whose reply carried on from the question before (the rest were asked what they were about).</param>
    /// <param name="FollowUpsAcrossInstances">Each follow-up went to the other instance than its question, as a load balancer may send it.</param>
    public sealed record Result(int Instances, int Questions, int Concurrency, double Seconds, double QuestionsPerSecond, Measure.Latency Latency, int RepliesReceived,
        int DuplicateReplies, double ServePeakRssMb, double ServeCpuMsPerQuestion, double ClientCpuMsPerQuestion, double FirstPassQuestionsPerSecond,
        RefreshBenchmark.Result? Refresh = null, Measure.Latency? FollowUps = null, int FollowUpsWithContext = 0, bool FollowUpsAcrossInstances = false);

    /// <param name="instances">How many `perfbot serve` processes share the store; with two, the refresh after an import is measured too.</param>
    public static async Task<Result> RunAsync(Database store, IReadOnlyList<string> warmUp, IReadOnlyList<string> questions, int concurrency, int instances = 1)
    {
        await using var connector = await BenchConnector.StartAsync();
        var serves = new List<BenchServe>();
        try
        {
            // With two, the second polls instead of listening for changes, so the refresh is measured both ways.
            serves.Add(await BenchServe.StartAsync(store));
            for (var i = 1; i < instances; i++)
                serves.Add(await BenchServe.StartAsync(store, ["--Store:ListenForChanges=false", $"--Questions:RefreshInterval={RefreshBenchmark.PollEvery}"]));

            // The warm-up set first, the same way: the JIT optimises the hot code and the store's pages are cached.
            var first = Stopwatch.StartNew();
            await AskAllAsync(serves, connector, "warm", warmUp, concurrency, new ConcurrentBag<double>());
            var firstPass = warmUp.Count / first.Elapsed.TotalSeconds;

            var latencies = new ConcurrentBag<double>();
            var serveCpuBefore = serves.Sum(s => s.CpuMs());
            var clientCpuBefore = Measure.CpuMs();
            var watch = Stopwatch.StartNew();
            await AskAllAsync(serves, connector, "q", questions, concurrency, latencies);
            watch.Stop();
            var serveCpu = serves.Sum(s => s.CpuMs()) - serveCpuBefore;
            var clientCpu = Measure.CpuMs() - clientCpuBefore;
            var (followUps, withContext) = await FollowUpsAsync(serves, connector, questions, concurrency);
            var rss = serves.Max(s => s.PeakRssMb());
            var refresh = instances > 1 ? await RefreshBenchmark.RunAsync(store, serves, connector) : null;
            var times = latencies.ToList();
            return new Result(instances, questions.Count, concurrency, Math.Round(watch.Elapsed.TotalSeconds, 2),
                Math.Round(questions.Count / watch.Elapsed.TotalSeconds), Measure.Latencies(times), times.Count, connector.Duplicates, rss,
                Math.Round(serveCpu / questions.Count, 3), Math.Round(clientCpu / questions.Count, 3), Math.Round(firstPass), refresh, followUps,
                withContext, serves.Count > 1);
        }
        finally
        {
            foreach (var serve in serves) serve.Dispose();
        }
    }

    /// <summary>
    /// Each member asks, then follows the answer up in the same chat, so the second turn needs the first's context. With
    /// two instances the follow-up goes to the other one, which finds the context only through the shared store.
    /// </summary>
    private static async Task<(Measure.Latency Latency, int WithContext)> FollowUpsAsync(List<BenchServe> serves, BenchConnector connector,
        IReadOnlyList<string> questions, int concurrency)
    {
        var followUps = new ConcurrentBag<double>();
        var withContext = 0;
        var conversations = questions.Take(Math.Max(1, questions.Count / 2)).ToList();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int c;
            while ((c = Interlocked.Increment(ref next)) < conversations.Count)
            {
                await AskAsync(serves[c % serves.Count], connector, $"conversation-{c}", c, conversations[c], keepReply: false);
                var (ms, body) = await AskAsync(serves[(c + 1) % serves.Count], connector, $"follow-up-{c}", c, AnswerBenchmark.FollowUps[c % AnswerBenchmark.FollowUps.Length]);
                followUps.Add(ms);
                if (!body.Contains(AskedWhatItIsAbout, StringComparison.Ordinal)) Interlocked.Increment(ref withContext);
            }
        }));
        return (Measure.Latencies(followUps.ToList()), withContext);
    }

    /// <summary>How a follow-up that found no context is answered.</summary>
    private const string AskedWhatItIsAbout = "What is that about?";

    private static Task AskAllAsync(List<BenchServe> serves, BenchConnector connector, string prefix, IReadOnlyList<string> questions, int concurrency,
        ConcurrentBag<double> latencies)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < questions.Count)
                latencies.Add((await AskAsync(serves[i % serves.Count], connector, $"{prefix}-{i}", i, questions[i], keepReply: false)).Ms);
        }));
    }

    /// <summary>One member's question in their 1:1 chat, and the reply the connector got for it (its JSON when <paramref name="keepReply"/>).</summary>
    public static async Task<(double Ms, string Body)> AskAsync(BenchServe serve, BenchConnector connector, string id, int number, string text, bool keepReply = true)
    {
        var member = number % Members;
        var tenant = Tenant[member % Tenants];
        var reply = connector.Expect(id, keepReply);
        using (var activity = MemberActivity.Rent())
        using (var response = await serve.Client.PostAsync(MessagesPath, activity.Write(id, connector.ServiceUrl(tenant), member, tenant, text)))
        {
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"perfbot serve answered question {id} with {(int)response.StatusCode}; its last errors:{Environment.NewLine}{serve.RecentErrors}");
        }
        return await reply.WaitAsync(TimeSpan.FromSeconds(60));
    }

    private static readonly Uri MessagesPath = new("/api/messages", UriKind.Relative);
    private static readonly string[] Tenant = Enumerable.Range(0, Tenants).Select(t => $"tenant-{t}").ToArray();
}
