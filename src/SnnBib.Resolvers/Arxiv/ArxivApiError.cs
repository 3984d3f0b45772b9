namespace SnnBib.Resolvers.Arxiv;

/// <summary>An Atom entry that is an API error (title "Error", id under /api/errors), never a paper.</summary>
/// <param name="Id">The error entry id, e.g. "https://arxiv.org/api/errors#incorrect_id_format_for_abc".</param>
/// <param name="Message">The summary, e.g. "incorrect id format for abc".</param>
public sealed record ArxivApiError(string Id, string Message)
{
    private const string BadIdMarker = "#incorrect_id_format_for_";

    /// <summary>The id arXiv rejected as malformed, when the error names one.</summary>
    public string? RejectedId
    {
        get
        {
            var at = Id.IndexOf(BadIdMarker, StringComparison.OrdinalIgnoreCase);
            return at >= 0 ? Uri.UnescapeDataString(Id[(at + BadIdMarker.Length)..]) : null;
        }
    }
}
