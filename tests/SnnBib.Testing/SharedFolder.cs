using Xunit;

namespace SnnBib.Testing;

/// <summary>
/// The workplace's read-only shared folder (lists, recorded API bodies, schemas). It is not the project's to
/// commit: tests read it from ../shared beside the repository (or SNNBIB_SHARED) and skip visibly without it.
/// </summary>
public static class SharedFolder
{
    private static readonly Lazy<string?> Root = new(Locate);

    public static string? Path => Root.Value;

    public static bool Exists => Root.Value is not null;

    public const string MissingReason = "../shared is absent (set SNNBIB_SHARED to the shared folder to run this test)";

    /// <summary>The full path of a file under shared/, skipping the test when the folder is absent.</summary>
    public static string File(params string[] parts)
    {
        Skip.If(Root.Value is null, MissingReason);
        var path = System.IO.Path.Combine([Root.Value!, .. parts]);
        Skip.IfNot(System.IO.File.Exists(path) || Directory.Exists(path), $"{path} is absent from the shared folder");
        return path;
    }

    public static string ReadText(params string[] parts) => System.IO.File.ReadAllText(File(parts));

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("SNNBIB_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return fromEnv;
        }

        var repo = RepositoryFolder.Path;
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(repo, "..", "shared"));
        return Directory.Exists(System.IO.Path.Combine(candidate, "lists")) ? candidate : null;
    }
}
