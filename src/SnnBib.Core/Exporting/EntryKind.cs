namespace SnnBib.Core.Exporting;

/// <summary>What an exported entry is, from the fields the record really has.</summary>
public enum EntryKind
{
    /// <summary>A conference paper with a known proceedings/conference title.</summary>
    Conference,

    /// <summary>A journal article with a known journal title.</summary>
    Journal,

    /// <summary>An arXiv preprint: an arXiv id and no venue (or CSL type "article").</summary>
    Preprint,

    /// <summary>Anything else: venue unknown or of unknown kind.</summary>
    Other,
}
