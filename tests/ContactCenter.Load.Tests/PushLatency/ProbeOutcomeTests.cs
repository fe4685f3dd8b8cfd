using ContactCenter.Load.PushLatency;

namespace ContactCenter.Load.Tests.PushLatency;

public sealed class ProbeOutcomeTests
{
    private static ILookup<string, (int Seq, long SentAtMs)> Sent(params (string Key, int Seq, long At)[] changes)
    {
        var ledger = new ProbeLedger();
        foreach (var (key, seq, at) in changes) ledger.Sent(key, seq, at);
        return ledger.ByKey();
    }

    [Fact]
    public void Each_watcher_is_timed_on_the_changes_of_its_own_key_only()
    {
        var sent = Sent(("queue", 1, 100), ("queue", 2, 400), ("agent-a", 1, 110));
        var outcome = ProbeOutcome.Of(sent, [
            ("queue", new Dictionary<int, long> { [1] = 150, [2] = 420 }),
            ("agent-a", new Dictionary<int, long> { [1] = 210, [7] = 999 }),
        ]);

        Assert.Equal([50, 20, 100], outcome.LatenciesMs);
        Assert.Equal(3, outcome.Expected);
        Assert.Equal(0, outcome.Missing);
        Assert.Equal(0, outcome.ConnectionsWithGaps);
    }

    [Fact]
    public void A_change_a_watcher_never_saw_is_a_gap_counted_once_per_watcher()
    {
        var sent = Sent(("queue", 1, 0), ("queue", 2, 300), ("queue", 3, 600));
        var outcome = ProbeOutcome.Of(sent, [
            ("queue", new Dictionary<int, long> { [1] = 10, [3] = 620 }),
            ("queue", new Dictionary<int, long>()),
            ("queue", new Dictionary<int, long> { [1] = 5, [2] = 305, [3] = 605 }),
        ]);

        Assert.Equal(4, outcome.Missing);
        Assert.Equal(2, outcome.ConnectionsWithGaps);
        Assert.Equal(9, outcome.Expected);
        Assert.Equal(5, outcome.LatenciesMs.Count);
    }

    [Fact]
    public void The_last_send_of_a_sequence_number_is_the_one_timed()
    {
        var ledger = new ProbeLedger();
        ledger.Sent("queue", 1, 100);
        ledger.Sent("queue", 1, 200);

        Assert.Equal([50], ProbeOutcome.Of(ledger.ByKey(), [("queue", new Dictionary<int, long> { [1] = 250 })]).LatenciesMs);
        Assert.Equal(1, ledger.Count);
    }
}
