namespace SnnBib.Testing;

/// <summary>One request the <see cref="LocalApiServer"/> received, and what it answered.</summary>
/// <param name="QueryString">The raw query string with its leading '?', or empty.</param>
/// <param name="Query">Decoded query parameters; repeated names are joined with ','.</param>
/// <param name="Route">The scripted route that answered, or null when none matched (the server answered 404).</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    DateTimeOffset At,
    int Status,
    string? Route)
{
    public string? QueryValue(string name) => Query.GetValueOrDefault(name);

    public override string ToString() => $"{Method} {Path}{QueryString} -> {Status}";
}
