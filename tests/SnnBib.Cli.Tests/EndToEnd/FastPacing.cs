using SnnBib.Cli.Commands;
using SnnBib.Resolvers.Http;
using SnnBib.Resolvers.Sources;

namespace SnnBib.Cli.Tests.EndToEnd;

/// <summary>
/// The published host rules with every wait shrunk (pacing, back-off, per-attempt timeout), so an end-to-end run over a
/// local server takes seconds. The real spacing is checked on a fake clock by the resolvers' RateGate and
/// SourceHttpClient tests; Retry-After is still honoured here as sent.
/// </summary>
internal static class FastPacing
{
    /// <summary>Long enough for a loaded two-core machine to answer a local request, short enough to trip on a stalled one.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(1.5);

    public static CliServices Services { get; } = new()
    {
        ResolverOptions = new ResolverSetOptions { AdjustPolicy = Shrink, Version = "0.0.0-e2e" },
    };

    public static HostPolicy Shrink(HostPolicy published) => published with
    {
        MinInterval = TimeSpan.FromMilliseconds(5),
        ListBudget = published.ListBudget is null ? null : new RequestBudget(TimeSpan.FromMilliseconds(5)),
        BaseDelay = TimeSpan.FromMilliseconds(20),
        MaxDelay = TimeSpan.FromMilliseconds(200),
        AttemptTimeout = AttemptTimeout,
    };
}
