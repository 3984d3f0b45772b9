namespace SnnBib.Resolvers.Caching;

/// <summary>The cache folder cannot be used: it is a file, cannot be created, or cannot be written.</summary>
public sealed class CacheUnavailableException : IOException
{
    public CacheUnavailableException()
    {
    }

    public CacheUnavailableException(string message)
        : base(message)
    {
    }

    public CacheUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
