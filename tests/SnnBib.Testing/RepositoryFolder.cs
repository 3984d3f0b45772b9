namespace SnnBib.Testing;

/// <summary>The repository root: the nearest folder above the test binaries that holds SnnBib.sln.</summary>
public static class RepositoryFolder
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Path => Root.Value;

    public static string File(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "SnnBib.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SnnBib.sln not found above " + AppContext.BaseDirectory);
    }
}
