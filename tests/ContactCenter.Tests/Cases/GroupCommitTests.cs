using ContactCenter.Grains.Cases;

namespace ContactCenter.Tests.Cases;

/// <summary>Writes asked for while one is in flight share the next one, and writes never overlap.</summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Callers_waiting_behind_a_write_share_one_write_and_writes_never_overlap()
    {
        var writes = 0;
        var running = 0;
        var overlapped = false;
        var gate = new TaskCompletionSource();
        var commit = new GroupCommit(async () =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            writes++;
            if (writes == 1) await gate.Task;
            Interlocked.Decrement(ref running);
        });

        var first = commit.WriteAsync();
        await Task.Yield();
        var waiting = Enumerable.Range(0, 10).Select(_ => commit.WriteAsync()).ToArray();
        Assert.Equal(1, writes);
        gate.SetResult();
        await first;
        await Task.WhenAll(waiting);

        Assert.Equal((2, false), (writes, overlapped));
    }

    [Fact]
    public async Task A_failed_write_fails_its_callers_and_the_next_write_still_runs()
    {
        var calls = 0;
        var commit = new GroupCommit(() => ++calls == 1 ? Task.FromException(new InvalidOperationException("storage down")) : Task.CompletedTask);
        await Assert.ThrowsAsync<InvalidOperationException>(() => commit.WriteAsync());
        await commit.WriteAsync();
        Assert.Equal(2, calls);
    }
}
