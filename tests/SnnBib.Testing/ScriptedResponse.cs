namespace SnnBib.Testing;

/// <summary>One scripted answer: status, body, headers and how long to wait before answering.</summary>
public sealed record ScriptedResponse(
    int Status,
    string Body = "",
    string ContentType = "text/plain; charset=utf-8",
    IReadOnlyDictionary<string, string>? Headers = null,
    TimeSpan Delay = default);
