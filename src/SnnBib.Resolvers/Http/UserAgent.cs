using System.Reflection;

namespace SnnBib.Resolvers.Http;

/// <summary>The User-Agent every source sees: <c>snnbib/&lt;version&gt; (+https://github.com/snnbib/snnbib; mailto:&lt;address&gt;)</c>.</summary>
public static class UserAgent
{
    public const string ProjectUrl = "https://github.com/snnbib/snnbib";

    /// <summary>The version of this library without build metadata, e.g. "0.1.0".</summary>
    public static string LibraryVersion { get; } = ReadVersion();

    /// <summary>The header value; the mailto part only when an address is given (Crossref's polite pool reads it there too).</summary>
    public static string Build(string version, string? mailto) =>
        string.IsNullOrWhiteSpace(mailto)
            ? $"snnbib/{version} (+{ProjectUrl})"
            : $"snnbib/{version} (+{ProjectUrl}; mailto:{mailto.Trim()})";

    private static string ReadVersion()
    {
        var informational = typeof(UserAgent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? typeof(UserAgent).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
