namespace SnnBib.Resolvers.Sources;

public enum LookupOutcome
{
    Found,

    /// <summary>The source answered and does not know the paper (arXiv: no entry; Crossref: 404; search: no hit).</summary>
    NotFound,

    /// <summary>The request failed (malformed id, HTTP error after retries, unparsable body, open circuit).</summary>
    Error,
}
