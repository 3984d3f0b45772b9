namespace SnnBib.Core.Model;

/// <summary>Where a field's value came from.</summary>
public enum SourceName
{
    List,
    Arxiv,
    OpenReview,
    Crossref,
    User,
}
