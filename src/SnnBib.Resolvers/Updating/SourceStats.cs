using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Updating;

/// <summary>What one source did during the run.</summary>
/// <param name="Calls">Resolver calls (each a batch of look-ups).</param>
/// <param name="Elapsed">Time spent in the source's calls, waits for rate limits included.</param>
public sealed record SourceStats(SourceName Source, int Calls, int Lookups, int Found, int NotFound, int Errors, TimeSpan Elapsed)
{
    public TimeSpan MeanCallTime => Calls == 0 ? TimeSpan.Zero : Elapsed / Calls;
}
