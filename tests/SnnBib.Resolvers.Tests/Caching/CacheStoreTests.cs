using SnnBib.Testing;
using System.Diagnostics;
using System.Text;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Sources;
using Xunit;

namespace SnnBib.Resolvers.Tests.Caching;

public sealed class CacheStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly CacheStore _store;

    public CacheStoreTests() => _store = new CacheStore(_folder.Path);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Save_ThenLoad_KeepsEverything()
    {
        using var held = _store.Lock();
        var paper = CachedPapers.Resolved("arxiv:2401.99901", Now);
        _store.Save(paper);

        var loaded = _store.Load("arxiv:2401.99901");

        Assert.Null(loaded.Warning);
        Assert.NotNull(loaded.Paper);
        Assert.Equal(CacheStore.Serialize(paper), CacheStore.Serialize(loaded.Paper));
        Assert.Equal(RecordStatus.Resolved, loaded.Paper.Status);
        Assert.Equal(new CslDate(2024, 3, 24), loaded.Paper.Merged!.Item.Issued);
        Assert.Equal(SourceName.Crossref, loaded.Paper.Merged.Provenance["page"].Source);
        Assert.StartsWith("https://api.crossref.org/works?filter=doi:", loaded.Paper.Merged.Provenance["page"].RequestUrl, StringComparison.Ordinal);
        Assert.Equal([LookupOutcome.Found, LookupOutcome.Found, LookupOutcome.NotFound], loaded.Paper.Lookups.Select(l => l.Outcome));
        Assert.Equal(2, loaded.Paper.Lookups[0].Candidates[0].ArxivVersion);
        Assert.Equal(Now, loaded.Paper.Lookups[0].At);
    }

    [Fact]
    public void Save_File_IsReadableJsonWithSchemaVersion()
    {
        using var held = _store.Lock();
        _store.Save(CachedPapers.Resolved("arxiv:2401.99901", Now));

        var text = File.ReadAllText(_store.PathFor("arxiv:2401.99901"));

        Assert.StartsWith("{\n  \"schema\": 1,", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"date-parts\": [", text, StringComparison.Ordinal);
        Assert.Contains("\"container-title\": \"Proceedings of the AAAI Conference on Artificial Intelligence\"", text, StringComparison.Ordinal);
        Assert.Contains("\"outcome\": \"NotFound\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PathFor_IsTheSha256OfTheIdentity()
    {
        // SHA-256("abc"), the FIPS 180-2 test vector
        const string hash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        Assert.Equal(Path.Combine(_folder.Path, "papers", "ba", hash + ".json"), _store.PathFor("abc"));
    }

    [Theory]
    [InlineData("../../escaped")]
    [InlineData("/etc/passwd")]
    [InlineData("title:a/b\\c")]
    [InlineData("..")]
    [InlineData("C:\\Windows\\win.ini")]
    [InlineData("arxiv:hep-th/9901001")]
    [InlineData("title:\0nul and \u00e9")]
    public void Save_IdentityWithPathCharacters_StaysInsideThePapersFolder(string identity)
    {
        using (_store.Lock())
        {
            _store.Save(CachedPapers.Resolved(identity, Now));
        }

        var files = _folder.Files();
        Assert.Equal(2, files.Count);
        Assert.Matches("^papers/[0-9a-f]{2}/[0-9a-f]{64}\\.json$", files[0]);
        Assert.Equal(CacheStore.LockFileName, files[1]);
        Assert.Equal(identity, _store.Load(identity).Paper!.Identity);
    }

    [Fact]
    public void Load_LeftoverTempFileOfAKilledWrite_IsIgnoredAndRemovedByTheNextLock()
    {
        const string identity = "arxiv:2401.99901";
        var good = CachedPapers.Resolved(identity, Now);
        var path = _store.PathFor(identity);
        using (_store.Lock())
        {
            _store.Save(good);
        }

        // a run killed while writing its next version leaves a half-written temp file beside the good one
        var bytes = CacheStore.Serialize(good with { SavedAt = Now.AddDays(1) });
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileNameWithoutExtension(path)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temp, bytes[..(bytes.Length / 2)]);

        var loaded = _store.Load(identity);
        Assert.Null(loaded.Warning);
        Assert.Equal(Now, loaded.Paper!.SavedAt);
        Assert.Single(_store.LoadAll());

        var next = new CacheStore(_folder.Path);
        using (next.Lock())
        {
            Assert.False(File.Exists(temp));
        }

        Assert.Equal(CacheStore.Serialize(good), File.ReadAllBytes(path));
    }

    [Fact]
    public void Load_TruncatedFile_WarningNamingTheFileThenSaveRepairsIt()
    {
        const string identity = "arxiv:2401.99901";
        using var held = _store.Lock();
        _store.Save(CachedPapers.Resolved(identity, Now));
        var path = _store.PathFor(identity);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        var loaded = _store.Load(identity);

        Assert.Null(loaded.Paper);
        Assert.Equal(path, loaded.Warning!.File);
        Assert.Contains("corrupt", loaded.Warning.Message, StringComparison.Ordinal);
        Assert.Equal($"cache file {path}: {loaded.Warning.Message}; treated as absent", loaded.Warning.ToString());

        _store.Save(CachedPapers.Resolved(identity, Now));
        Assert.NotNull(_store.Load(identity).Paper);
    }

    [Theory]
    [InlineData("{\"schema\": 2, \"identity\": \"arxiv:2401.99901\"}", "schema version 2")]
    [InlineData("{\"identity\": \"arxiv:2401.99901\"}", "no schema version")]
    [InlineData("{\"schema\": \"one\"}", "no schema version")]
    [InlineData("[1, 2, 3]", "not a JSON object")]
    [InlineData("", "corrupt")]
    [InlineData("{\"schema\": 1}", "corrupt")]
    [InlineData("{\"schema\": 1, \"identity\": \"arxiv:2401.99901\", \"merged\": {\"identity\": \"x\", \"item\": {\"id\": \"k\", \"type\": \"article\", \"issued\": {\"date-parts\": [[2024, null]]}}}}", "corrupt")]
    [InlineData("{\"schema\": 1, \"identity\": \"arxiv:2401.99901\", \"merged\": {\"identity\": \"x\", \"item\": {\"id\": \"k\", \"type\": \"article\", \"issued\": {\"date-parts\": [[2024, null, 3]]}}}}", "corrupt")]
    [InlineData("{\"schema\": 1, \"identity\": \"arxiv:2401.99901\", \"lookups\": [{\"outcome\": \"Maybe\"}]}", "corrupt")]
    public void Load_UnusableFile_WarningAndAbsent(string content, string reason)
    {
        const string identity = "arxiv:2401.99901";
        var path = _store.PathFor(identity);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);

        var loaded = _store.Load(identity);

        Assert.Null(loaded.Paper);
        Assert.Equal(path, loaded.Warning!.File);
        Assert.Contains(reason, loaded.Warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DeeplyNestedJson_WarningNotCrash()
    {
        const string identity = "arxiv:2401.99901";
        var path = _store.PathFor(identity);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{\"schema\": 1, \"x\": " + new string('[', 5000) + new string(']', 5000) + "}");

        Assert.Contains("corrupt", _store.Load(identity).Warning!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileOfAnotherPaperUnderThisName_Warning()
    {
        using var held = _store.Lock();
        _store.Save(CachedPapers.Resolved("arxiv:2401.99901", Now));
        var other = _store.PathFor("arxiv:2401.99902");
        Directory.CreateDirectory(Path.GetDirectoryName(other)!);
        File.Copy(_store.PathFor("arxiv:2401.99901"), other);

        var loaded = _store.Load("arxiv:2401.99902");

        Assert.Null(loaded.Paper);
        Assert.Contains("holds paper \"arxiv:2401.99901\"", loaded.Warning!.Message, StringComparison.Ordinal);
        Assert.Single(_store.LoadAll(), r => r.Warning is not null);
    }

    [Fact]
    public void Load_FileLargerThanTheCap_WarningWithoutReadingIt()
    {
        var path = _store.PathFor("big");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = File.Create(path))
        {
            stream.SetLength(CacheStore.MaxFileBytes + 1);
        }

        Assert.Contains("more than", _store.Load("big").Warning!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NeverCached_AbsentWithoutWarning()
    {
        Assert.Same(CacheLoadResult.Absent, _store.Load("arxiv:2401.99901"));
        Assert.Null(_store.TryLoadMerged("arxiv:2401.99901"));
        Assert.Empty(_store.LoadAll());
    }

    [Fact]
    public void TryLoadMerged_ReturnsTheMergedRecordOrWarns()
    {
        using var held = _store.Lock();
        _store.Save(CachedPapers.Resolved("arxiv:2401.99901", Now));
        Directory.CreateDirectory(Path.GetDirectoryName(_store.PathFor("arxiv:2401.99902"))!);
        File.WriteAllText(_store.PathFor("arxiv:2401.99902"), "{\"schema\": 1, \"ident");
        var warnings = new List<CacheWarning>();

        var merged = _store.TryLoadMerged("arxiv:2401.99901", warnings.Add);
        var broken = _store.TryLoadMerged("arxiv:2401.99902", warnings.Add);

        Assert.Equal("10.1609/aaai.v38i9.99901", merged!.Item.Doi);
        Assert.Null(broken);
        Assert.Equal(_store.PathFor("arxiv:2401.99902"), Assert.Single(warnings).File);
    }

    [Fact]
    public void LoadAll_EveryPaperAndAWarningPerBadFile()
    {
        using var held = _store.Lock();
        foreach (var id in new[] { "arxiv:1", "arxiv:2", "doi:10.1/x" })
        {
            _store.Save(CachedPapers.Resolved(id, Now));
        }

        File.WriteAllText(_store.PathFor("arxiv:2"), "not json");

        var all = _store.LoadAll().ToList();

        Assert.Equal(3, all.Count);
        Assert.Equal(["arxiv:1", "doi:10.1/x"], all.Where(r => r.Paper is not null).Select(r => r.Paper!.Identity).Order(StringComparer.Ordinal));
        Assert.Equal(_store.PathFor("arxiv:2"), Assert.Single(all, r => r.Warning is not null).Warning!.File);
    }

    [Fact]
    public void Save_WithoutTheLock_Refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => _store.Save(CachedPapers.Resolved("arxiv:1", Now)));
        Assert.Contains("lock", error.Message, StringComparison.Ordinal);

        var held = _store.Lock();
        held.Dispose();
        Assert.Throws<InvalidOperationException>(() => _store.Save(CachedPapers.Resolved("arxiv:1", Now)));
    }

    [Fact]
    public void Lock_SecondRunOnTheSameFolder_FailsAtOnceWithAClearMessage()
    {
        var first = _store.Lock();
        var second = new CacheStore(_folder.Path);
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<CacheLockedException>(() => second.Lock());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), clock.Elapsed.ToString());
        Assert.Contains(_folder.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("in use by another snnbib run", error.Message, StringComparison.Ordinal);

        first.Dispose();
        using var now = second.Lock();
        Assert.True(now.IsHeld);
    }

    [SkippableFact]
    public async Task Lock_HeldByAnotherProcess_FailsUntilThatProcessIsKilled()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/usr/bin/flock") && File.Exists("/bin/bash"), "needs Linux, bash and util-linux flock");
        Directory.CreateDirectory(_folder.Path);
        var lockFile = _store.LockFilePath;
        File.WriteAllText(lockFile, string.Empty);
        // one process (bash replaced by sleep) holding an exclusive flock on the lock file, like another snnbib run
        using var other = Process.Start(new ProcessStartInfo("/bin/bash", ["-c", "exec 9<>\"$0\" && /usr/bin/flock --exclusive 9 && exec sleep 120", lockFile]))!;
        try
        {
            // wait until the other process holds the lock
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!IsLocked() && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.Throws<CacheLockedException>(() => _store.Lock());
        }
        finally
        {
            other.Kill();
            await other.WaitForExitAsync();
        }

        // killed: the operating system released its lock; nothing to clean up by hand
        using var held = _store.Lock();
        Assert.True(held.IsHeld);

        bool IsLocked()
        {
            try
            {
                using var probe = new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                return false;
            }
            catch (IOException)
            {
                return true;
            }
        }
    }

    [Fact]
    public void Lock_RecordsWhoHoldsIt()
    {
        using (_store.Lock())
        {
        }

        var text = File.ReadAllText(_store.LockFilePath, Encoding.UTF8);
        Assert.StartsWith($"pid {Environment.ProcessId} since ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_LeavesKeysJsonAndOtherFilesAlone()
    {
        var keys = _folder.File("keys.json");
        File.WriteAllText(keys, "{\"arxiv:1\": \"lovelace2024quantised\"}");
        var before = File.GetLastWriteTimeUtc(keys);

        using (_store.Lock())
        {
            _store.Save(CachedPapers.Resolved("arxiv:1", Now));
            _ = _store.LoadAll().ToList();
        }

        Assert.Equal("{\"arxiv:1\": \"lovelace2024quantised\"}", File.ReadAllText(keys));
        Assert.Equal(before, File.GetLastWriteTimeUtc(keys));
        Assert.Equal(["keys.json", "papers/", "update.lock"], _folder.Files().Select(f => f.StartsWith("papers/", StringComparison.Ordinal) ? "papers/" : f).Distinct().Order(StringComparer.Ordinal));
    }
}
