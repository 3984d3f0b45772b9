using SnnBib.Cli.Output;
using SnnBib.Core.Keys;
using SnnBib.Resolvers.Overrides;
using SnnBib.Resolvers.Updating;

namespace SnnBib.Cli.Pipeline;

/// <summary>
/// The update's work list: each paper with its list-built record, its stored citation key (for --only KEY) and the
/// corrections of the cache folder's overrides file (pinned identifiers, rejected records, fields). `export` and
/// `report` build the same list, so all three honour the same overrides.
/// </summary>
internal static class UpdateItems
{
    /// <param name="keys">The cache's citation keys when the caller already loaded them; else they are read here.</param>
    public static IReadOnlyList<UpdateItem> From(ListReading reading, string cacheFolder, TextWriter error, KeyStore? keys = null)
    {
        if (keys is null)
        {
            try
            {
                keys = KeyStore.Load(KeyStore.PathIn(cacheFolder));
            }
            catch (KeyStoreException e)
            {
                error.WriteLine($"warning: {e.Message}; citation keys are not available to --only");
                keys = new KeyStore();
            }
        }

        OverridesFile overrides;
        try
        {
            overrides = OverridesFile.Load(cacheFolder);
        }
        catch (OverridesFileException e)
        {
            throw new SnnBibCliException(e.Message);
        }

        var used = new HashSet<OverrideEntry>();
        List<UpdateItem> items;
        try
        {
            items = reading.Grouping.Papers
                .Zip(reading.ListRecords, (paper, record) =>
                {
                    var key = keys.TryGetKey(paper.Identity, out var k) ? k : null;
                    var entry = overrides.For(paper.Identity, key, paper.Identifiers, paper.Primary.Title);
                    if (entry is not null)
                    {
                        used.Add(entry);
                    }

                    return OverrideApplier.Apply(UpdateItem.From(paper, record, key), entry);
                })
                .ToList();
        }
        catch (OverridesFileException e)
        {
            throw new SnnBibCliException(e.Message);
        }

        foreach (var entry in overrides.Entries.Where(e => !used.Contains(e)))
        {
            error.WriteLine($"warning: {overrides.Path}:{entry.Line}: override for \"{entry.Paper}\" names no paper of the list; ignored");
        }

        return items;
    }
}
