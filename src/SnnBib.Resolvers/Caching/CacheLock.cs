namespace SnnBib.Resolvers.Caching;

/// <summary>
/// Exclusive hold on a cache folder for one run: an open lock file shared with nobody. The operating system drops
/// the hold when the process dies, so a killed run never leaves the cache locked. The file itself stays (deleting
/// it on close would let two runs lock two different files of the same name).
/// </summary>
public sealed class CacheLock : IDisposable
{
    private readonly FileStream _stream;

    private CacheLock(FileStream stream, string path)
    {
        _stream = stream;
        FilePath = path;
    }

    public string FilePath { get; }

    public bool IsHeld { get; private set; } = true;

    /// <summary>Takes the lock or throws <see cref="CacheLockedException"/> at once (never waits).</summary>
    internal static CacheLock Acquire(string folder, string path, DateTimeOffset now)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or DirectoryNotFoundException or PathTooLongException)
        {
            throw new CacheUnavailableException($"cache folder '{folder}' cannot be used: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw CacheLockedException.For(folder, path, e);
        }

        try
        {
            // For a person looking at a stuck folder: who held it last.
            var text = System.Text.Encoding.UTF8.GetBytes($"pid {Environment.ProcessId} since {now:O}\n");
            stream.SetLength(0);
            stream.Write(text);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        return new CacheLock(stream, path);
    }

    public void Dispose()
    {
        IsHeld = false;
        _stream.Dispose();
    }
}
