using SnnBib.Testing;

namespace SnnBib.Resolvers.Tests.Http;

/// <summary>Response bodies: our own (Data/, invented papers) and the recorded real ones (shared/fixtures/recorded, skippable).</summary>
internal static class TestData
{
    public static string Own(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", relativePath));

    public static string Recorded(string source, string fileName) =>
        SharedFolder.ReadText("fixtures", "recorded", source, fileName);

    /// <summary>File names under shared/fixtures/recorded/{source}; skips the test when the folder is absent.</summary>
    public static IReadOnlyList<string> RecordedFiles(string source) =>
        Directory.GetFiles(SharedFolder.File("fixtures", "recorded", source)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
}
