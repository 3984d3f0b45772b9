using System.Runtime.CompilerServices;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;

namespace SnnBib.Testing;

/// <summary>
/// Approved-file snapshots: compares text with "{Class}.{Method}.approved.{ext}" beside the test's source file,
/// writes ".received." on mismatch and fails. Accept a change by renaming received → approved after reading it.
/// </summary>
public static class Approve
{
    public static void Text(
        string text,
        string extension = "txt",
        string? scenario = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string member = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        var directory = System.IO.Path.GetDirectoryName(sourceFile)!;
        var type = System.IO.Path.GetFileNameWithoutExtension(sourceFile);
        var name = scenario is null ? $"{type}.{member}" : $"{type}.{member}.{scenario}";
        Approvals.Verify(
            new ApprovalTextWriter(text.ReplaceLineEndings("\n"), extension),
            new FixedNamer(directory, name),
            QuietReporter.INSTANCE);
    }

    private sealed class FixedNamer(string directory, string name) : IApprovalNamer
    {
        public string SourcePath => directory;

        public string Name => name;
    }
}
