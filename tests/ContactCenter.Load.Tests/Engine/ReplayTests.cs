using ContactCenter.Load.Replay;
using ContactCenter.Load.Tests.Replay;

namespace ContactCenter.Load.Tests.Engine;

/// <summary>Replays of the real trace's first rows and of a handmade rush, on the virtual clock against an in-process cluster.</summary>
[Collection(nameof(VirtualClockRuns))]
public sealed class ReplayTests
{
    private static ReplayOptions Options(string file) =>
        new(new FileInfo(file), new FileInfo(Path.GetTempFileName()), "max", ["fifo"], null, "dev", "dev", 300, 1_000_000);

    [Fact]
    public async Task Replay_of_the_first_400_rows_accounts_for_every_call_and_gives_hang_ups_their_recorded_patience()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "TestData", "anonymous-bank-first-400.tsv");
        var trace = TraceParser.ParseFile(file);

        var replay = await ReplayRunner.ReplayOnce(trace, "fifo", Options(file), CancellationToken.None);

        Assert.Equal(0, replay.Unfinished);
        Assert.Equal(0, replay.Run.Diagnostics.Faults);
        Assert.Equal(trace.Calls.Count, replay.Figures.Overall.Calls);
        Assert.Equal(trace.Calls.Count, replay.Figures.Overall.Answered + replay.Figures.Overall.Abandoned);
        Assert.Equal(trace.Calls.Count(c => c.Priority == 2), replay.Figures.Priority.Calls);
        // Only callers who hung up in history can hang up in the replay, and never before their recorded patience.
        Assert.InRange(replay.Figures.Overall.Abandoned, 0, trace.Calls.Count(c => c.Outcome == TraceOutcome.Abandoned));
        // Each call is served for its recorded time; a historical hang-up answered here gets the mean service time.
        var served = trace.Calls.Where(c => c.Outcome == TraceOutcome.Answered).Select(c => c.ServiceSeconds).ToArray();
        var rescued = replay.Figures.Overall.Answered - served.Length;
        Assert.Equal(served.Sum() + rescued * served.Average(), replay.Run.Overall.AhtSeconds * replay.Run.Overall.Answered, 0.01 * replay.Run.Overall.Answered);
    }

    /// <summary>
    /// One agent is busy for ten minutes; three regular callers queue, then a priority caller. First come, first
    /// served makes the priority caller wait for all three; value scoring puts them first.
    /// </summary>
    [Fact]
    public async Task Value_scoring_serves_a_later_priority_caller_before_earlier_regular_ones_and_fifo_does_not()
    {
        string Call(int id, int priority, string exit, int service) => TraceTsv.Row(
            ("call_id", $"{id}"), ("priority", $"{priority}"), ("vru_entry", "8:00:00"), ("vru_exit", exit), ("vru_time", "0"),
            ("q_start", "0:00:00"), ("q_exit", "0:00:00"), ("q_time", "0"), ("ser_start", exit), ("ser_exit", exit), ("ser_time", $"{service}"));
        var trace = TraceTsv.Parse(
            Call(1, 1, "8:00:00", 600), Call(2, 1, "8:00:20", 60), Call(3, 1, "8:00:30", 60), Call(4, 1, "8:00:40", 60), Call(5, 2, "8:00:50", 60));
        Assert.Equal(5, trace.Calls.Count);
        var options = Options("handmade.tsv");

        var fifo = await ReplayRunner.ReplayOnce(trace, "fifo", options, CancellationToken.None);
        var value = await ReplayRunner.ReplayOnce(trace, "value", options, CancellationToken.None);

        Assert.Equal(600 - 50 + 3 * 60, fifo.Figures.Priority.MeanWaitSeconds, 1);
        Assert.Equal(600 - 50, value.Figures.Priority.MeanWaitSeconds, 1);
        Assert.True(value.Figures.Regular.MeanWaitSeconds > fifo.Figures.Regular.MeanWaitSeconds);
    }
}
