using System.Text;

namespace SnnBib.Cli.Output;

/// <summary>Writes a user's output file atomically (temp file beside it, then rename), UTF-8 without BOM.</summary>
internal static class OutputFile
{
    public static void WriteAtomically(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new SnnBibCliException($"cannot write '{path}': folder '{directory}' does not exist");
        }

        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                var bytes = new UTF8Encoding(false).GetBytes(text);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temp);
            throw new SnnBibCliException($"cannot write '{path}': {e.Message}");
        }
    }
}
