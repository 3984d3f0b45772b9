namespace SnnBib.Resolvers.Caching;

/// <summary>Another snnbib run holds the cache folder's lock.</summary>
public sealed class CacheLockedException : IOException
{
    public CacheLockedException()
    {
    }

    public CacheLockedException(string message)
        : base(message)
    {
    }

    public CacheLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static CacheLockedException For(string folder, string lockFile, Exception inner) => new(
        $"the cache folder {folder} is in use by another snnbib run (lock {lockFile}); wait for it to finish, or use another --cache",
        inner);
}
