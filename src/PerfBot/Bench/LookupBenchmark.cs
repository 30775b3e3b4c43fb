using PerfBot.Store;

namespace PerfBot.Bench;

/// <summary>The floor an answer is compared against: one indexed lookup in the store's engine of an indicator's latest figure.</summary>
public static class LookupBenchmark
{
    public static Measure.Latency Run(Database store, int samples, int seed)
    {
        using var connection = store.Open();
        var ids = connection.CreateCommand();
        ids.CommandText = "SELECT id FROM indicators";
        var all = new List<long>();
        using (var reader = ids.ExecuteReader()) while (reader.Read()) all.Add(reader.GetInt64(0));

        using var lookup = connection.CreateCommand();
        lookup.CommandText = "SELECT period, value, target FROM measurements WHERE indicator_id = @id ORDER BY period_end DESC LIMIT 1";
        var id = lookup.CreateParameter();
        id.ParameterName = "id";
        id.DbType = System.Data.DbType.Int64;
        lookup.Parameters.Add(id);
        lookup.Prepare();
        var random = new Random(seed);
        var times = new List<double>(samples);
        for (var i = 0; i < 2 * samples; i++)
        {
            id.Value = all[random.Next(all.Count)];
            var ms = Measure.Time(() =>
            {
                using var reader = lookup.ExecuteReader();
                if (reader.Read()) { reader.GetString(0); reader.GetDouble(1); }
            });
            if (i >= samples) times.Add(ms); // as many again first, as for answers: the page cache and the JIT warm
        }
        return Measure.Latencies(times);
    }
}
