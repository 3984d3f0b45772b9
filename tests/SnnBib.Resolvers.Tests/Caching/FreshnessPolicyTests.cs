using Microsoft.Extensions.Time.Testing;
using SnnBib.Core.Model;
using SnnBib.Resolvers.Caching;
using SnnBib.Resolvers.Merging;
using SnnBib.Resolvers.Sources;
using Xunit;

namespace SnnBib.Resolvers.Tests.Caching;

public sealed class FreshnessPolicyTests
{
    private static readonly DateTimeOffset Fetched = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Fetched);

    [Theory]
    [InlineData(RecordStatus.Resolved, 30)]
    [InlineData(RecordStatus.PreprintOnly, 7)]
    [InlineData(RecordStatus.Unresolved, 7)]
    [InlineData(RecordStatus.Conflict, 7)]
    public void IsDue_AfterTheStatussAge(RecordStatus status, int days)
    {
        var lookup = Lookup(LookupOutcome.Found);
        var policy = FreshnessPolicy.Default;

        _time.Advance(TimeSpan.FromDays(days) - TimeSpan.FromMinutes(1));
        Assert.False(policy.IsDue(lookup, status, _time.GetUtcNow()));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(policy.IsDue(lookup, status, _time.GetUtcNow()));
    }

    [Fact]
    public void IsDue_NotFoundAnswerOfAResolvedPaper_FollowsThePaper()
    {
        _time.Advance(TimeSpan.FromDays(10));
        Assert.False(FreshnessPolicy.Default.IsDue(Lookup(LookupOutcome.NotFound), RecordStatus.Resolved, _time.GetUtcNow()));
        Assert.True(FreshnessPolicy.Default.IsDue(Lookup(LookupOutcome.NotFound), RecordStatus.Unresolved, _time.GetUtcNow()));
    }

    [Fact]
    public void IsDue_Error_AlwaysEvenAtOnce()
    {
        Assert.True(FreshnessPolicy.Default.IsDue(Lookup(LookupOutcome.Error), RecordStatus.Resolved, _time.GetUtcNow()));
    }

    [Fact]
    public void IsDue_NeverAsked_Always()
    {
        Assert.True(FreshnessPolicy.Default.IsDue(null, RecordStatus.Resolved, _time.GetUtcNow()));
    }

    [Fact]
    public void IsDue_MaxAge_ReplacesEveryAge()
    {
        var policy = FreshnessPolicy.Default with { MaxAge = TimeSpan.FromHours(6) };
        _time.Advance(TimeSpan.FromHours(5));
        Assert.False(policy.IsDue(Lookup(LookupOutcome.Found), RecordStatus.PreprintOnly, _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromHours(1));
        Assert.True(policy.IsDue(Lookup(LookupOutcome.Found), RecordStatus.Resolved, _time.GetUtcNow()));

        var long90 = FreshnessPolicy.Default with { MaxAge = TimeSpan.FromDays(90) };
        _time.Advance(TimeSpan.FromDays(40));
        Assert.False(long90.IsDue(Lookup(LookupOutcome.Found), RecordStatus.Resolved, _time.GetUtcNow()));
    }

    [Fact]
    public void IsDue_Force_EvenWhenJustFetched()
    {
        Assert.True((FreshnessPolicy.Default with { Force = true }).IsDue(Lookup(LookupOutcome.Found), RecordStatus.Resolved, _time.GetUtcNow()));
    }

    [Fact]
    public void IsDue_AnswerFromTheFuture_IsFresh()
    {
        // a clock set back between runs must not make everything due or crash
        Assert.False(FreshnessPolicy.Default.IsDue(Lookup(LookupOutcome.Found), RecordStatus.Resolved, Fetched.AddHours(-3)));
    }

    private static CachedLookup Lookup(LookupOutcome outcome) => new()
    {
        Query = new LookupQuery(SourceName.Arxiv, LookupKind.Identifier, "arxiv:2401.99901"),
        Outcome = outcome,
        At = Fetched,
        RequestUrl = "https://export.arxiv.org/api/query?id_list=2401.99901",
        Error = outcome == LookupOutcome.Error ? "HTTP 503" : null,
    };
}
