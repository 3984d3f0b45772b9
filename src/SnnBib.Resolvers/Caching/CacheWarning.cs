namespace SnnBib.Resolvers.Caching;

/// <summary>A cache file that could not be used; the paper is treated as not cached and fetched again.</summary>
public sealed record CacheWarning(string File, string Message)
{
    public override string ToString() => $"cache file {File}: {Message}; treated as absent";
}
