using SnnBib.Core.Text;
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
        var current = records.Select(r => r.Identity).ToHashSet(StringComparer.Ordinal);
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!store.TryGetKey(record.Identity, out var key))
            {
                if (FormerKey(record, store, current, given) is { } former)
                {
                    key = former;
                    store.AddAlias(record.Identity, key);
                }
                else
                {
                    key = CitationKeyGenerator.Disambiguate(CitationKeyGenerator.Generate(record.Item, format), store.IsTaken);
                    store.Add(record.Identity, key);
                    newKeys++;
                }
            }

            given.Add(key);
            result.Add(record with { Item = record.Item with { Id = key, CitationKey = key } });
        }

        return new KeyAssignment(result, store.IsChanged, newKeys);
    }

    /// <summary>
    /// The key the paper had under another identity it can have (arXiv id, OpenReview id, DOI, normalised title),
    /// unless that identity is another paper of this run or its key is already given in this run.
    /// </summary>
    private static string? FormerKey(PaperRecord record, KeyStore store, HashSet<string> current, HashSet<string> given)
    {
        foreach (var identity in IdentitiesOf(record))
        {
            if (!current.Contains(identity) && store.TryGetKey(identity, out var key) && !given.Contains(key))
            {
                return key;
            }
        }

        return null;
    }

    private static IEnumerable<string> IdentitiesOf(PaperRecord record)
    {
        if (record.ArxivId is { Length: > 0 } arxiv)
        {
            yield return "arxiv:" + arxiv;
        }

        if (record.OpenReviewId is { Length: > 0 } openReview)
        {
            yield return "openreview:" + openReview;
        }

        if (record.Item.Doi is { Length: > 0 } doi)
        {
            yield return "doi:" + doi.ToLowerInvariant();
        }

        if (record.Item.Title is { Length: > 0 } title && TitleNormalizer.Normalize(title) is { Length: > 0 } normalized)
        {
            yield return "title:" + normalized;
        }
    }
}
