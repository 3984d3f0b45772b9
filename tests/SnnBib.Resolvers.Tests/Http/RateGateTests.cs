using SnnBib.Resolvers.Http;
using Xunit;

namespace SnnBib.Resolvers.Tests.Http;

public class RateGateTests
{
    [Fact]
    public async Task EnterAsync_ArxivPolicy_SpacesThreeCallersThreeSecondsApart()
    {
        var time = FakeClock.New();
        using var gate = new RateGate(HostPolicies.Arxiv, time);
        var starts = new List<TimeSpan>();

        async Task Enter()
        {
            using var lease = await gate.EnterAsync(RequestKind.List, CancellationToken.None);
            lock (starts)
            {
                starts.Add(time.GetUtcNow() - FakeClock.Start);
            }
        }

        var all = Task.WhenAll(Enter(), Enter(), Enter());
        await FakeClock.WaitUntilAsync(() => starts.Count == 1, "the first caller enters");
        time.Advance(TimeSpan.FromSeconds(2.999));
        await Task.Delay(20);
        Assert.Single(starts);

        time.Advance(TimeSpan.FromMilliseconds(1));
        await FakeClock.WaitUntilAsync(() => starts.Count == 2, "the second caller enters");
        time.Advance(TimeSpan.FromSeconds(3));
        await all;

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(6)], starts);
    }

    [Fact]
    public async Task EnterAsync_CrossrefPolitePolicy_PacesListsAndSinglesSeparately()
    {
        var time = FakeClock.New();
        using var gate = new RateGate(HostPolicies.CrossrefPolite, time);

        using (await gate.EnterAsync(RequestKind.List, CancellationToken.None))
        {
        }

        // A single-record request is not held back by the list budget...
        var single = gate.EnterAsync(RequestKind.Single, CancellationToken.None);
        Assert.True(single.IsCompleted);
        (await single).Dispose();

        // ...but the next list request waits a third of a second.
        var list = gate.EnterAsync(RequestKind.List, CancellationToken.None).AsTask();
        await Task.Delay(20);
        Assert.False(list.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(334));
        (await list).Dispose();
        Assert.Equal(TimeSpan.FromMilliseconds(334), time.GetUtcNow() - FakeClock.Start);
    }

    [Fact]
    public async Task EnterAsync_MaxConcurrencyReached_WaitsForALeaseToBeReleased()
    {
        var time = FakeClock.New();
        var policy = HostPolicies.CrossrefPolite with { MinInterval = TimeSpan.Zero, ListBudget = null, MaxConcurrency = 3 };
        using var gate = new RateGate(policy, time);
        var leases = new List<IDisposable>();
        for (var i = 0; i < 3; i++)
        {
            leases.Add(await gate.EnterAsync(RequestKind.Single, CancellationToken.None));
        }

        var fourth = gate.EnterAsync(RequestKind.Single, CancellationToken.None).AsTask();
        await Task.Delay(20);
        Assert.False(fourth.IsCompleted);

        leases[0].Dispose();
        leases[0].Dispose(); // a second dispose must not free a second slot
        leases.Add(await fourth);

        var fifth = gate.EnterAsync(RequestKind.Single, CancellationToken.None).AsTask();
        await Task.Delay(20);
        Assert.False(fifth.IsCompleted);
        leases[1].Dispose();
        (await fifth).Dispose();
    }

    [Fact]
    public async Task EnterAsync_Cancelled_ReleasesItsSlot()
    {
        var time = FakeClock.New();
        using var gate = new RateGate(HostPolicies.Arxiv, time);
        (await gate.EnterAsync(RequestKind.List, CancellationToken.None)).Dispose();

        using var cts = new CancellationTokenSource();
        var waiting = gate.EnterAsync(RequestKind.List, cts.Token).AsTask();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);

        // The slot is free again: after the pace interval the next caller gets in.
        var next = gate.EnterAsync(RequestKind.List, CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromSeconds(6));
        (await next.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }
}
