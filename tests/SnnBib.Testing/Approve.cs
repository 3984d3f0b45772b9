using System.Runtime.CompilerServices;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;

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
            new Utf8TextWriter(text.ReplaceLineEndings("\n"), extension),
            new FixedNamer(directory, name),
            QuietReporter.INSTANCE);
    }

    // ApprovalTextWriter writes a UTF-8 BOM; approved files must be byte-for-byte what the code produced (they are fed
    // to other programs, and JSON.parse rejects a BOM).
    private sealed class Utf8TextWriter(string text, string extension) : IApprovalWriter
    {
        public string ExtensionWithDot => "." + extension;

        public string GetApprovalFilename(string basename) => $"{basename}.approved.{extension}";

        public string GetReceivedFilename(string basename) => $"{basename}.received.{extension}";

        public string WriteReceivedFile(string received)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(received)!);
            File.WriteAllText(received, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return received;
        }
    }

    private sealed class FixedNamer(string directory, string name) : IApprovalNamer
    {
        public string SourcePath => directory;

        public string Name => name;
    }
}
