namespace SnnBib.Cli.Tests.EndToEnd;

/// <summary>The constructed lists and response bodies under Data/e2e (copied beside the test assembly).</summary>
internal static class E2eData
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "e2e", name);

    public static string Read(string name) => File.ReadAllText(PathOf(name));
}
