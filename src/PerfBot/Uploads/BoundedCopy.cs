namespace PerfBot.Uploads;

/// <summary>Writes a download to a file, stopping as soon as it passes a size: a server's stated length is not trusted.</summary>
public static class BoundedCopy
{
    /// <returns>The bytes written.</returns>
    /// <param name="tooLarge">What to throw once <paramref name="limit"/> is passed.</param>
    public static async Task<long> ToFileAsync(Stream source, string path, long limit, Func<Exception> tooLarge, CancellationToken cancellationToken)
    {
        await using var target = File.Create(path);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit) throw tooLarge();
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        return total;
    }
}
