namespace SnnBib.Resolvers.Http;

/// <summary>Crossref budgets single-record and list (query, filter) requests separately; other hosts treat both alike.</summary>
public enum RequestKind
{
    /// <summary>One record by its identifier, e.g. Crossref /works/{doi}.</summary>
    Single,

    /// <summary>A query, filter or batch, e.g. Crossref /works?filter=…, arXiv id_list / search_query.</summary>
    List,
}
