namespace SnnBib.Resolvers.Sources;

/// <summary>What one source said about one paper.</summary>
/// <param name="Identity">The request's paper identity.</param>
/// <param name="RequestUrl">The URL that produced the answer (mailto redacted).</param>
/// <param name="Candidates">For Found: the parsed records (one for an identifier look-up; best first for a title search).</param>
/// <param name="Error">For Error: a one-line reason.</param>
public sealed record SourceLookup(
    string Identity,
    LookupOutcome Outcome,
    DateTimeOffset At,
    string? RequestUrl,
    IReadOnlyList<SourceRecord> Candidates,
    string? Error = null)
{
    public SourceRecord? Best => Candidates.Count > 0 ? Candidates[0] : null;
}
