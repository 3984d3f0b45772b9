namespace SnnBib.Core.Identifiers;

/// <summary>An identifier found in a link. Values are normalised so that equal papers compare equal.</summary>
public abstract record PaperIdentifier
{
    public abstract IdentifierKind Kind { get; }

    /// <summary>The normalised value, e.g. "2401.01234", "10.1126/sciadv.adi1480", "eoSeaK4QJo".</summary>
    public abstract string Value { get; }

    /// <summary>True when the identifier names exactly one paper (used to merge bullets): arXiv, OpenReview, DOI.</summary>
    public virtual bool NamesOnePaper => false;

    /// <summary>"kind:value", e.g. "arxiv:2401.01234" (kind in lower case).</summary>
    public string Key => $"{Kind.ToString().ToLowerInvariant()}:{Value}";

    public sealed override string ToString() => Key;
}
