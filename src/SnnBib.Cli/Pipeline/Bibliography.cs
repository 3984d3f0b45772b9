using SnnBib.Cli.Output;
using SnnBib.Core.Keys;
using SnnBib.Core.Model;
using SnnBib.Core.Records;
using SnnBib.Resolvers.Caching;

namespace SnnBib.Cli.Pipeline;

/// <summary>The records to export: list-built, overlaid with the cache's merged records, with stable citation keys.</summary>
public sealed record Bibliography(IReadOnlyList<PaperRecord> Records)
{
    public static Bibliography Build(ListReading reading, string cacheFolder, string? keyFormat, TextWriter error)
    {
        var built = ListRecordBuilder.Build(reading.Grouping.Papers);
        foreach (var w in built.Warnings)
        {
            error.WriteLine($"{reading.Source.Name}:{w.Line}: warning: {w.Message}");
        }

        // What `update` learned wins over the list's own data; unreadable cache files are named and skipped.
        var cache = new CacheStore(cacheFolder);
        var records = built.Records
            .Select(r => cache.TryLoadMerged(r.Identity, w => error.WriteLine($"warning: {w}")) is { } merged
                ? merged with { Item = merged.Item with { Id = r.Item.Id } }
                : r)
            .ToList();
        CitationKeyFormat format;
        try
        {
            format = keyFormat is null ? CitationKeyFormat.Default : CitationKeyFormat.Parse(keyFormat);
        }
        catch (FormatException e)
        {
            throw new SnnBibCliException($"--key-format: {e.Message}");
        }

        var keyPath = KeyStore.PathIn(cacheFolder);
        try
        {
            var store = KeyStore.Load(keyPath);
            var assignment = CitationKeyAssigner.Assign(records, store, format);
            if (assignment.StoreChanged)
            {
                Directory.CreateDirectory(cacheFolder);
                store.Save(keyPath);
            }

            return new Bibliography(assignment.Records);
        }
        catch (KeyStoreException e)
        {
            throw new SnnBibCliException(e.Message, ExitCodes.Cache);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SnnBibCliException($"cannot save citation keys to '{keyPath}': {e.Message}", ExitCodes.Cache);
        }
    }
}
