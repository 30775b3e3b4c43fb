using Npgsql;

namespace PerfBot.Store;

/// <summary>
/// PostgreSQL only: LISTENs on <see cref="StoreVersion.Channel"/>, which every bump of the store version NOTIFYs when
/// its transaction commits, and raises <see cref="StoreChanges.Changed"/>. One connection per instance, held open; a
/// dropped one is found by a probe each minute, opened again, and taken as a change (a notification may have been
/// missed meanwhile). Store:ListenForChanges=false turns it off, for a connection pooler that cannot hold a LISTEN
/// (PgBouncer in transaction mode): instances then notice imports by polling (Questions:RefreshInterval).
/// </summary>
public sealed class StoreChangeListener(Database database, StoreChanges changes, ILogger<StoreChangeListener> log, IConfiguration? configuration = null) : BackgroundService
{
    private static readonly TimeSpan Probe = TimeSpan.FromMinutes(1), LongestPause = TimeSpan.FromSeconds(30);

    /// <summary>Set once the first LISTEN is in place: a change committed after it is heard.</summary>
    public Task Listening => _listening.Task;
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (configuration?.GetValue("Store:ListenForChanges", true) == false) return;
        var pause = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                log.LogWarning("Listening for store changes failed ({Reason}); trying again in {Pause} s, polling meanwhile", e.Message, pause.TotalSeconds);
                await Task.Delay(pause, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                pause = pause * 2 > LongestPause ? LongestPause : pause * 2;
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = (NpgsqlConnection)await database.OpenAsync(stoppingToken);
        connection.Notification += (_, _) => changes.Notify();
        await using (var listen = new NpgsqlCommand($"LISTEN {StoreVersion.Channel}", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);
        _listening.TrySetResult();
        changes.Notify(); // whatever changed while nobody was listening
        while (true)
        {
            if (await connection.WaitAsync(Probe, stoppingToken)) continue;
            await using var probe = new NpgsqlCommand("SELECT 1", connection);
            await probe.ExecuteScalarAsync(stoppingToken);
        }
    }
}
