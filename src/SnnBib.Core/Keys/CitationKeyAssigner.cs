using SnnBib.Core.Model;

namespace SnnBib.Core.Keys;

/// <summary>
/// Gives every record its citation key: the stored key when the paper has one (even if its metadata improved since),
/// else a new key from the format, made unique against every stored key and every key given earlier in list order.
/// </summary>
public static class CitationKeyAssigner
{
    public static KeyAssignment Assign(IReadOnlyList<PaperRecord> records, KeyStore store, CitationKeyFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(store);
        format ??= CitationKeyFormat.Default;
        var newKeys = 0;
        var result = new List<PaperRecord>(records.Count);
        foreach (var record in records)
        {
            if (!store.TryGetKey(record.Identity, out var key))
            {
                key = CitationKeyGenerator.Disambiguate(CitationKeyGenerator.Generate(record.Item, format), store.IsTaken);
                store.Add(record.Identity, key);
                newKeys++;
            }

            result.Add(record with { Item = record.Item with { Id = key, CitationKey = key } });
        }

        return new KeyAssignment(result, newKeys > 0, newKeys);
    }
}
