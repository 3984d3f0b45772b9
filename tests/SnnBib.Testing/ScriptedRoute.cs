namespace SnnBib.Testing;

/// <summary>
/// A route of the <see cref="LocalApiServer"/>: requests with this method and path for which the predicate holds get
/// the scripted responses in order; the last one repeats.
/// </summary>
public sealed class ScriptedRoute
{
    private readonly List<ScriptedResponse> _responses = [];
    private readonly Func<RecordedRequest, bool> _predicate;
    private int _hits;

    internal ScriptedRoute(string name, string method, string path, Func<RecordedRequest, bool>? predicate)
    {
        Name = name;
        Method = method;
        Path = path;
        _predicate = predicate ?? (_ => true);
    }

    public string Name { get; }

    public string Method { get; }

    public string Path { get; }

    /// <summary>How many requests this route answered.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Adds a response to the sequence.</summary>
    public ScriptedRoute Reply(
        int status,
        string body = "",
        string contentType = "text/plain; charset=utf-8",
        IReadOnlyDictionary<string, string>? headers = null,
        TimeSpan delay = default)
    {
        lock (_responses)
        {
            _responses.Add(new ScriptedResponse(status, body, contentType, headers, delay));
        }

        return this;
    }

    public ScriptedRoute ReplyJson(string json, int status = 200, IReadOnlyDictionary<string, string>? headers = null, TimeSpan delay = default) =>
        Reply(status, json, "application/json; charset=utf-8", headers, delay);

    public ScriptedRoute ReplyAtom(string xml, int status = 200, TimeSpan delay = default) =>
        Reply(status, xml, "application/atom+xml; charset=utf-8", delay: delay);

    internal bool Matches(RecordedRequest request) =>
        string.Equals(request.Method, Method, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(request.Path, Path, StringComparison.Ordinal) &&
        _predicate(request);

    /// <summary>The response for the next hit: the n-th scripted one, the last one once they run out.</summary>
    internal ScriptedResponse Next()
    {
        var hit = Interlocked.Increment(ref _hits) - 1;
        lock (_responses)
        {
            if (_responses.Count == 0)
            {
                return new ScriptedResponse(500, $"route {Name} has no scripted response");
            }

            return _responses[Math.Min(hit, _responses.Count - 1)];
        }
    }
}
