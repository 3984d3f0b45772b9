using SnnBib.Core.Keys;
using SnnBib.Resolvers.Updating;

namespace SnnBib.Cli.Pipeline;

/// <summary>The update's work list: each paper with its list-built record and its stored citation key (for --only KEY).</summary>
internal static class UpdateItems
{
    public static IReadOnlyList<UpdateItem> From(ListReading reading, string cacheFolder, TextWriter error)
    {
        KeyStore keys;
        try
        {
            keys = KeyStore.Load(KeyStore.PathIn(cacheFolder));
        }
        catch (KeyStoreException e)
        {
            error.WriteLine($"warning: {e.Message}; citation keys are not available to --only");
            keys = new KeyStore();
        }

        return reading.Grouping.Papers
            .Zip(reading.ListRecords, (paper, record) => UpdateItem.From(paper, record, keys.TryGetKey(paper.Identity, out var key) ? key : null))
            .ToList();
    }
}
