using SnnBib.Cli.Pipeline;
using SnnBib.Resolvers.Caching;
using SnnBib.Testing;
using Xunit;

namespace SnnBib.Cli.Tests.EndToEnd;

/// <summary>
/// Runs the imaginary world once for all of <see cref="UpdateExportEndToEndTests"/>: a first update (everything
/// fetched, one malformed body), a second (only the failed look-up again), a third (nothing left to ask), an
/// --only run of one clean paper, then every export. Each step's requests are kept apart.
/// </summary>
public sealed class WorldRunFixture : IAsyncLifetime
{
    private readonly TempFolder _cache = new();
    private ImaginaryWorld? _world;

    internal ImaginaryWorld World => _world ?? throw new InvalidOperationException("not started");

    public string CacheFolder => _cache.Path;

    internal CliRun First { get; private set; } = null!;

    internal CliRun Second { get; private set; } = null!;

    internal CliRun Third { get; private set; } = null!;

    internal CliRun OnlyClean { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> FirstRequests { get; private set; } = [];

    public IReadOnlyList<RecordedRequest> SecondRequests { get; private set; } = [];

    public IReadOnlyList<RecordedRequest> ThirdRequests { get; private set; } = [];

    public IReadOnlyList<RecordedRequest> OnlyCleanRequests { get; private set; } = [];

    internal Dictionary<string, CliRun> Exports { get; } = [];

    /// <summary>Listed title → the paper's cache file after the second run.</summary>
    public Dictionary<string, CachedPaper> Papers { get; } = [];

    public async Task InitializeAsync()
    {
        _world = await ImaginaryWorld.StartAsync();
        First = await EndToEndRun.RunAsync(World.UpdateArgs(CacheFolder));
        FirstRequests = World.Server.Requests;
        Second = await EndToEndRun.RunAsync(World.UpdateArgs(CacheFolder));
        SecondRequests = World.Server.Requests.Skip(FirstRequests.Count).ToList();
        Third = await EndToEndRun.RunAsync(World.UpdateArgs(CacheFolder));
        ThirdRequests = World.Server.Requests.Skip(FirstRequests.Count + SecondRequests.Count).ToList();
        OnlyClean = await EndToEndRun.RunAsync(World.UpdateArgs(CacheFolder, "--only", "arxiv:2402.20002"));
        OnlyCleanRequests = World.Server.Requests.Skip(FirstRequests.Count + SecondRequests.Count + ThirdRequests.Count).ToList();

        var reading = ListReading.Load(E2eData.PathOf(ImaginaryWorld.ListFile), []);
        var store = new CacheStore(CacheFolder);
        foreach (var paper in reading.Grouping.Papers)
        {
            var loaded = store.Load(paper.Identity);
            if (loaded.Paper is not null)
            {
                Papers[paper.Primary.Title] = loaded.Paper;
            }
        }

        foreach (var (name, args) in new[]
        {
            ("bibtex", new[] { "--format", "bibtex" }),
            ("bibtex-abstracts", ["--format", "bibtex", "--abstracts"]),
            ("biblatex", ["--format", "biblatex"]),
            ("ris", ["--format", "ris"]),
            ("csljson", ["--format", "csljson"]),
        })
        {
            Exports[name] = await EndToEndRun.RunAsync(["export", "--list", E2eData.PathOf(ImaginaryWorld.ListFile), "--cache", CacheFolder, .. args]);
        }
    }

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }

        _cache.Dispose();
    }
}
