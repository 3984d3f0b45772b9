using SnnBib.Core.Identifiers;

namespace SnnBib.Core.Lists;

/// <summary>One paper after merging the list entries that name it.</summary>
public sealed record ListedPaper
{
    /// <summary>
    /// Stable identity: the first of arXiv id, OpenReview id, DOI found on its paper links ("arxiv:2401.01234"),
    /// else "title:" + the normalised title. Used for keys.json and cache file names (hashed).
    /// </summary>
    public required string Identity { get; init; }

    /// <summary>Every entry that names this paper, in list order (the first is the primary one).</summary>
    public required IReadOnlyList<ListEntry> Entries { get; init; }

    /// <summary>Identifiers from the paper's links (suspect ones excluded), distinct, in list order.</summary>
    public IReadOnlyList<PaperIdentifier> Identifiers { get; init; } = [];

    /// <summary>Links that carry an identifier another entry with a clearly different title also carries.</summary>
    public IReadOnlyList<ListLink> SuspectLinks { get; init; } = [];

    public ListEntry Primary => Entries[0];

    public T? Find<T>() where T : PaperIdentifier => Identifiers.OfType<T>().FirstOrDefault();
}
