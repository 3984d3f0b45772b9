using SnnBib.Cli.Output;
using SnnBib.Core.Keys;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Overrides;

namespace SnnBib.Cli.Pipeline;

/// <summary>
/// The records to export: list-built, overlaid with the cache's merged records (merged again under the overrides
/// file when a paper has overrides), with stable citation keys.
/// </summary>
public sealed record Bibliography(IReadOnlyList<PaperRecord> Records)
{
    public static Bibliography Build(ListReading reading, string cacheFolder, string? keyFormat, TextWriter error)
    {
        // What `update` learned wins over the list's own data; unreadable cache files are named and skipped.
        var cache = new CacheStore(cacheFolder);
        var keyPath = KeyStore.PathIn(cacheFolder);
        KeyStore stored;
        try
        {
            stored = KeyStore.Load(keyPath);
        }
        catch (KeyStoreException e)
        {
            throw new SnnBibCliException(e.Message, ExitCodes.Cache);
        }

        var items = UpdateItems.From(reading, cacheFolder, error, stored);
        var records = items
            .Zip(reading.ListRecords, (item, listed) =>
            {
                var loaded = cache.Load(item.Identity);
                if (loaded.Warning is not null)
                {
                    error.WriteLine($"warning: {loaded.Warning}");
                }

                var record = OverrideApplier.Remerge(item, loaded.Paper)?.Record ?? item.ListRecord;

                // The paper is the list's: a cache file's content never decides which identity (and key) it has.
                return record with { Identity = item.Identity, Item = record.Item with { Id = listed.Item.Id } };
            })
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

        try
        {
            var assignment = CitationKeyAssigner.Assign(records, stored, format);
            if (assignment.StoreChanged)
            {
                // keys.json is read, extended and written: do it under the cache lock, reading it again there, so a
                // concurrent run's new keys are neither lost nor given twice.
                using var held = cache.Lock();
                var store = KeyStore.Load(keyPath);
                assignment = CitationKeyAssigner.Assign(records, store, format);
                if (assignment.StoreChanged)
                {
                    store.Save(keyPath);
                }
            }

            return new Bibliography(assignment.Records);
        }
        catch (KeyStoreException e)
        {
            throw new SnnBibCliException(e.Message, ExitCodes.Cache);
        }
        catch (CacheLockedException e)
        {
            throw new SnnBibCliException($"new citation keys cannot be saved now: {e.Message}", ExitCodes.Cache);
        }
        catch (CacheUnavailableException e)
        {
            throw new SnnBibCliException(e.Message, ExitCodes.Cache);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SnnBibCliException($"cannot save citation keys to '{keyPath}': {e.Message}", ExitCodes.Cache);
        }
    }
}
