using SnnBib.Core.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SnnBib.Core.Model;

namespace SnnBib.Resolvers.Caching;

/// <summary>
/// The on-disk cache: one JSON file per paper under papers/, named by the SHA-256 of the paper identity (never by
/// the identity itself, which comes from untrusted list text). Writes are atomic (temp file in the same folder,
/// flushed to disk, then renamed over the old file) and need the folder's <see cref="CacheLock"/>; reads need no
/// lock. A file that cannot be used (corrupt, truncated, other schema, wrong identity, too large) is reported as a
/// <see cref="CacheWarning"/> and treated as absent, never as an error. keys.json and other files are not touched.
/// </summary>
public sealed class CacheStore
{
    public const string PapersFolderName = "papers";
    public const string LockFileName = "update.lock";
    public const string TempSuffix = AtomicFile.TempSuffix;

    /// <summary>A paper file larger than this is not read (a cache file is a few kilobytes).</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    private readonly TimeProvider _time;
    private CacheLock? _lock;

    public CacheStore(string folder, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
        _time = timeProvider ?? TimeProvider.System;
    }

    public string Folder { get; }

    public string PapersFolder => Path.Combine(Folder, PapersFolderName);

    public string LockFilePath => Path.Combine(Folder, LockFileName);

    /// <summary>True while this store holds the folder's lock.</summary>
    public bool IsLocked => _lock is { IsHeld: true };

    /// <summary>Lower-case hex SHA-256 of the identity's UTF-8 bytes.</summary>
    public static string HashOf(string identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }

    /// <summary>papers/ab/abcdef….json: the file of a paper (two-letter fan-out keeps folders small).</summary>
    public string PathFor(string identity)
    {
        var hash = HashOf(identity);
        return Path.Combine(PapersFolder, hash[..2], hash + ".json");
    }

    /// <summary>
    /// Takes the folder's lock for this store's writes, or throws <see cref="CacheLockedException"/> at once when
    /// another run holds it. Temp files left by a killed run are removed (no writer can own them now).
    /// </summary>
    public CacheLock Lock()
    {
        if (IsLocked)
        {
            return _lock!;
        }

        try
        {
            Directory.CreateDirectory(Folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CacheUnavailableException($"cache folder '{Folder}' cannot be created: {e.Message}", e);
        }

        var held = CacheLock.Acquire(Folder, LockFilePath, _time.GetUtcNow());
        _lock = held;
        RemoveLeftoverTempFiles();
        return held;
    }

    public CacheLoadResult Load(string identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var path = PathFor(identity);
        if (!File.Exists(path))
        {
            return CacheLoadResult.Absent;
        }

        var result = ReadFile(path);
        if (result.Paper is not null && !string.Equals(result.Paper.Identity, identity, StringComparison.Ordinal))
        {
            return new CacheLoadResult(null, new CacheWarning(path, $"holds paper \"{result.Paper.Identity}\", not \"{identity}\""));
        }

        return result;
    }

    /// <summary>The merged record of a paper for export, or null when not cached (or unusable: the warning goes to <paramref name="onWarning"/>).</summary>
    public PaperRecord? TryLoadMerged(string identity, Action<CacheWarning>? onWarning = null)
    {
        var result = Load(identity);
        if (result.Warning is not null)
        {
            onWarning?.Invoke(result.Warning);
        }

        return result.Paper?.Merged;
    }

    /// <summary>Every cached paper, in file-name order (unusable files come back as warnings).</summary>
    public IEnumerable<CacheLoadResult> LoadAll()
    {
        if (!Directory.Exists(PapersFolder))
        {
            yield break;
        }

        var files = Directory.EnumerateFiles(PapersFolder, "*.json", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var result = ReadFile(file);
            if (result.Paper is not null && !string.Equals(PathFor(result.Paper.Identity), file, StringComparison.Ordinal))
            {
                yield return new CacheLoadResult(null, new CacheWarning(file, $"holds paper \"{result.Paper.Identity}\" under another paper's name"));
                continue;
            }

            yield return result;
        }
    }

    /// <summary>Writes the paper's file atomically. Needs <see cref="Lock"/>.</summary>
    public void Save(CachedPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        if (!IsLocked)
        {
            throw new InvalidOperationException("CacheStore.Save needs the cache lock: call Lock() first");
        }

        var bytes = Serialize(paper with { Schema = CachedPaper.CurrentSchema });
        var path = PathFor(paper.Identity);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            AtomicFile.Write(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CacheUnavailableException($"cache file '{path}' cannot be written: {e.Message}", e);
        }
    }

    /// <summary>The bytes <see cref="Save"/> would write (used to skip writes that change nothing).</summary>
    public static byte[] Serialize(CachedPaper paper) =>
        JsonSerializer.SerializeToUtf8Bytes(paper, CacheJsonContext.Default.CachedPaper);

    private static CacheLoadResult ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                return new CacheLoadResult(null, new CacheWarning(path, $"is {info.Length} bytes, more than the {MaxFileBytes} a cache file may have"));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CacheLoadResult(null, new CacheWarning(path, "cannot be read: " + e.Message));
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new CacheLoadResult(null, new CacheWarning(path, "is not a JSON object"));
            }

            if (!root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.Number || !schema.TryGetInt32(out var version))
            {
                return new CacheLoadResult(null, new CacheWarning(path, "has no schema version"));
            }

            if (version != CachedPaper.CurrentSchema)
            {
                return new CacheLoadResult(null, new CacheWarning(
                    path, $"has schema version {version}; this snnbib reads version {CachedPaper.CurrentSchema}"));
            }

            var paper = root.Deserialize(CacheJsonContext.Default.CachedPaper);
            return paper is null
                ? new CacheLoadResult(null, new CacheWarning(path, "is empty"))
                : new CacheLoadResult(paper, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException)
        {
            return new CacheLoadResult(null, new CacheWarning(path, "is corrupt (" + FirstLine(e.Message) + ")"));
        }
    }

    private void RemoveLeftoverTempFiles()
    {
        if (!Directory.Exists(PapersFolder))
        {
            return;
        }

        foreach (var temp in Directory.EnumerateFiles(PapersFolder, "*" + TempSuffix, SearchOption.AllDirectories))
        {
            TryDelete(temp);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temp file is harmless: it is never read, and the next locked run tries again.
        }
    }

    private static string FirstLine(string text)
    {
        var newline = text.IndexOfAny(['\r', '\n']);
        return newline < 0 ? text : text[..newline];
    }
}
