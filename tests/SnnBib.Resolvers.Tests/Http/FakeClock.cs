using Microsoft.Extensions.Time.Testing;

namespace SnnBib.Resolvers.Tests.Http;

/// <summary>Drives a <see cref="FakeTimeProvider"/> so code that waits on it (pacing, back-off, timeouts) finishes without real sleeps.</summary>
internal static class FakeClock
{
    public static readonly DateTimeOffset Start = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider New() => new(Start);

    /// <summary>
    /// Starts <paramref name="work"/> and, while it is not done, yields briefly to let continuations run and then moves the
    /// clock on by <paramref name="step"/>. A wait on the fake clock therefore ends no earlier than asked, but possibly a few
    /// steps later (when a continuation is slow to run): assert lower bounds exactly and upper bounds loosely.
    /// </summary>
    public static async Task<T> DriveAsync<T>(this FakeTimeProvider time, Func<Task<T>> work, TimeSpan? step = null, int maxSteps = 20_000)
    {
        var task = work();
        var by = step ?? TimeSpan.FromMilliseconds(250);
        for (var i = 0; !task.IsCompleted; i++)
        {
            if (i >= maxSteps)
            {
                throw new TimeoutException($"work did not finish within {maxSteps} clock steps of {by}");
            }

            await Task.WhenAny(task, Task.Delay(1));
            if (!task.IsCompleted)
            {
                time.Advance(by);
            }
        }

        return await task;
    }

    /// <summary>Waits (real time, bounded) until a condition holds; for checks that need a continuation to have run.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("timed out waiting until " + what);
            }

            await Task.Delay(2);
        }
    }
}
