namespace SnnBib.Resolvers.Caching;

/// <summary>A cached paper, or nothing (never cached, or unusable: then <see cref="Warning"/> says why).</summary>
public sealed record CacheLoadResult(CachedPaper? Paper, CacheWarning? Warning)
{
    public static CacheLoadResult Absent { get; } = new(null, null);
}
