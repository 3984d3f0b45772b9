namespace SnnBib.Core.IO;

/// <summary>
/// Replaces a file atomically: the bytes go to a temp file beside it (same folder, so the rename stays on one file
/// system), flushed to disk, then moved over the target. A crash leaves the old file or the new one, never half.
/// </summary>
public static class AtomicFile
{
    /// <summary>Temp files end with this, so a reader can recognise (and clean up) what a killed writer left.</summary>
    public const string TempSuffix = ".tmp";

    /// <exception cref="IOException">The folder or file cannot be written (the temp file is removed).</exception>
    /// <exception cref="UnauthorizedAccessException">Permission denied (the temp file is removed).</exception>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the temp name marks it as leftover.
            }

            throw;
        }
    }
}
