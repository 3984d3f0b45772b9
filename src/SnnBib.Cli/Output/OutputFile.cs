using System.Text;
using SnnBib.Core.IO;

namespace SnnBib.Cli.Output;

/// <summary>Writes a user's output file atomically (temp file beside it, then rename), UTF-8 without BOM.</summary>
internal static class OutputFile
{
    public static void WriteAtomically(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory))
        {
            throw new SnnBibCliException($"cannot write '{path}': folder '{directory}' does not exist");
        }

        if (Directory.Exists(path))
        {
            throw new SnnBibCliException($"cannot write '{path}': it is a folder");
        }

        try
        {
            AtomicFile.Write(path, new UTF8Encoding(false).GetBytes(text));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SnnBibCliException($"cannot write '{path}': {e.Message}");
        }
    }
}
