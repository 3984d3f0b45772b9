using SnnBib.Core.IO;
using System.Text;
using System.Text.Json;

namespace SnnBib.Core.Keys;

/// <summary>
/// The stable citation keys: cache/keys.json maps paper identity → key. A key once stored never changes; new keys
/// never collide with stored ones. The file is written atomically (temp file, flush to disk, move over), with
/// identities sorted so diffs stay small, and carries a schema version.
/// </summary>
public sealed class KeyStore
{
    public const string FileName = "keys.json";

    public const int SchemaVersion = 1;

    /// <summary>keys.json larger than this is refused rather than read (it holds one short line per paper).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    private readonly SortedDictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Keys => _keys;

    public int Count => _keys.Count;

    /// <summary>True when keys were added since the store was loaded or saved.</summary>
    public bool IsChanged { get; private set; }

    /// <summary>The path of keys.json inside a cache folder.</summary>
    public static string PathIn(string cacheDirectory) => System.IO.Path.Combine(cacheDirectory, FileName);

    /// <summary>Loads keys.json; a missing file is an empty store.</summary>
    public static KeyStore Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            return new KeyStore();
        }

        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                throw new KeyStoreException($"{path}: {length} bytes is larger than the {MaxFileBytes}-byte limit for a key file");
            }

            return Parse(File.ReadAllText(path, Encoding.UTF8), path);
        }
        catch (IOException e)
        {
            throw new KeyStoreException($"{path}: cannot read ({e.Message})", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new KeyStoreException($"{path}: cannot read ({e.Message})", e);
        }
    }

    /// <summary>Reads the JSON text of a key file; <paramref name="source"/> names it in errors.</summary>
    public static KeyStore Parse(string json, string source = FileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var store = new KeyStore();
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new KeyStoreException($"{source}: expected a JSON object with \"schema\" and \"keys\"");
            }

            if (!root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.Number || !schema.TryGetInt32(out var version))
            {
                throw new KeyStoreException($"{source}: missing or non-numeric \"schema\"");
            }

            if (version != SchemaVersion)
            {
                throw new KeyStoreException($"{source}: schema {version} is not supported (this snnbib reads schema {SchemaVersion})");
            }

            if (!root.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Object)
            {
                throw new KeyStoreException($"{source}: missing \"keys\" object");
            }

            foreach (var property in keys.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    throw new KeyStoreException($"{source}: key of \"{property.Name}\" is not a string");
                }

                var key = property.Value.GetString()!;
                if (!IsValidKey(key))
                {
                    throw new KeyStoreException($"{source}: \"{key}\" (for \"{property.Name}\") is not a valid citation key");
                }

                if (!store._taken.Add(key))
                {
                    throw new KeyStoreException($"{source}: key \"{key}\" is given to two papers (second: \"{property.Name}\")");
                }

                if (!store._keys.TryAdd(property.Name, key))
                {
                    throw new KeyStoreException($"{source}: paper \"{property.Name}\" is listed twice");
                }
            }
        }
        catch (JsonException e)
        {
            throw new KeyStoreException($"{source}: not valid JSON ({e.Message})", e);
        }

        return store;
    }

    /// <summary>A citation key snnbib accepts: non-empty; letters, digits and _ - : . only.</summary>
    public static bool IsValidKey(string key) =>
        !string.IsNullOrEmpty(key) && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':' or '.');

    public bool TryGetKey(string identity, out string key)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return _keys.TryGetValue(identity, out key!);
    }

    public bool IsTaken(string key) => _taken.Contains(key);

    /// <summary>
    /// Records another identity for a paper that already has <paramref name="key"/> under an earlier identity (its
    /// list entry gained or lost a link, so its identity changed): the paper keeps its key.
    /// </summary>
    public void AddAlias(string identity, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(identity);
        if (!_taken.Contains(key))
        {
            throw new InvalidOperationException($"key \"{key}\" is not stored, so it cannot be shared");
        }

        if (!_keys.TryAdd(identity, key))
        {
            throw new InvalidOperationException($"paper \"{identity}\" already has key \"{_keys[identity]}\"");
        }

        IsChanged = true;
    }

    /// <summary>Records a new key; a stored key is never replaced and a taken key never reused.</summary>
    public void Add(string identity, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(identity);
        if (!IsValidKey(key))
        {
            throw new ArgumentException($"\"{key}\" is not a valid citation key", nameof(key));
        }

        if (_keys.ContainsKey(identity))
        {
            throw new InvalidOperationException($"paper \"{identity}\" already has key \"{_keys[identity]}\"");
        }

        if (!_taken.Add(key))
        {
            throw new InvalidOperationException($"key \"{key}\" is already taken");
        }

        _keys.Add(identity, key);
        IsChanged = true;
    }

    /// <summary>The file's text: schema version, then identities in ordinal order; "\n" line endings.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schema", SchemaVersion);
            writer.WriteStartObject("keys");
            foreach (var (identity, key) in _keys)
            {
                writer.WriteString(identity, key);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes keys.json atomically: a temp file beside it, flushed to disk, then moved over the old file.</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
            AtomicFile.Write(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ToJson()));
            IsChanged = false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KeyStoreException($"{path}: cannot write ({e.Message})", e);
        }
    }
}
