using ContactCenter.Load.Replay;
using static ContactCenter.Load.Tests.Replay.TraceTsv;

namespace ContactCenter.Load.Tests.Replay;

public sealed class TraceParserExclusionTests
{
    [Fact]
    public void Phantom_row_is_excluded_even_though_it_carries_service_times()
    {
        var row = Row(("outcome", "PHANTOM"), ("server", "NO_SERVER"));

        Assert.Equal(TraceReasons.Phantom, ExcludedReasonOf(row));
    }

    [Fact]
    public void Hang_that_never_reached_the_queue_is_excluded_as_a_vru_hang_up()
    {
        var row = AbandonedRow(("q_start", "0:00:00"), ("q_exit", "0:00:00"), ("q_time", "0"));

        Assert.Equal(TraceReasons.HungUpInVru, ExcludedReasonOf(row));
    }

    [Fact]
    public void Agent_row_without_a_server_is_excluded_with_its_reason()
    {
        var row = Row(("server", "NO_SERVER"), ("ser_exit", "8:00:35"), ("ser_time", "5"));

        Assert.Equal(TraceReasons.AgentWithoutServer, ExcludedReasonOf(row));
    }

    [Fact]
    public void Agent_row_with_a_server_but_no_recorded_service_is_excluded()
    {
        var row = Row(("ser_start", "0:00:00"), ("ser_exit", "0:00:00"), ("ser_time", "0"));

        Assert.Equal(TraceReasons.NoRecordedService, ExcludedReasonOf(row));
    }

    [Fact]
    public void Agent_row_with_a_service_start_but_zero_service_time_is_excluded()
    {
        var row = Row(("ser_start", "8:00:30"), ("ser_exit", "8:00:30"), ("ser_time", "0"));

        Assert.Equal(TraceReasons.ZeroServiceTime, ExcludedReasonOf(row));
    }

    [Fact]
    public void Excluded_rows_are_counted_by_reason_with_their_line_numbers()
    {
        var result = Parse(
            Row(),
            Row(("outcome", "PHANTOM")),
            Row(("server", "NO_SERVER")),
            Row(("outcome", "PHANTOM")));

        AssertInvariant(result);
        Assert.Equal(4, result.Rows);
        Assert.Single(result.Calls);
        Assert.Equal(2, result.Excluded[TraceReasons.Phantom]);
        Assert.Equal(1, result.Excluded[TraceReasons.AgentWithoutServer]);
        Assert.Equal(
            [new(3, TraceReasons.Phantom), new(4, TraceReasons.AgentWithoutServer), new(5, TraceReasons.Phantom)],
            result.Examples);
    }

    [Fact]
    public void Examples_stop_at_twenty_but_counts_keep_going()
    {
        var rows = Enumerable.Repeat(Row(("outcome", "PHANTOM")), 30).ToArray();

        var result = Parse(rows);

        Assert.Equal(30, result.Excluded[TraceReasons.Phantom]);
        Assert.Equal(20, result.Examples.Count);
        Assert.Equal(21, result.Examples[^1].Line);
    }
}
