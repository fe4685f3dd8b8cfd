using ContactCenter.Load.Replay;
using static ContactCenter.Load.Tests.Replay.TraceTsv;

namespace ContactCenter.Load.Tests.Replay;

public sealed class TraceParserCallTests
{
    private static DateTimeOffset At(int day, int hour, int minute, int second) =>
        new(1999, 2, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public void Agent_row_with_a_named_server_becomes_an_answered_call()
    {
        var call = SingleCall(Row(("call_id", "34536"), ("customer_id", "6.02701E+11"), ("type", "PE")));

        Assert.Equal(
            new TraceCall(34536, "6.02701E+11", 1, "PE", At(1, 8, 0, 10), 20, TraceOutcome.Answered, 100, "DORIT", At(1, 8, 0, 30), At(1, 8, 2, 10)),
            call);
    }

    [Fact]
    public void Answered_call_that_never_queued_waited_zero_seconds()
    {
        var call = SingleCall(Row(("q_start", "0:00:00"), ("q_exit", "0:00:00"), ("q_time", "0")));

        Assert.Equal(0, call.WaitSeconds);
        Assert.Equal(TraceOutcome.Answered, call.Outcome);
    }

    [Fact]
    public void Hang_in_the_queue_becomes_an_abandoned_call_whose_wait_is_the_callers_patience()
    {
        var call = SingleCall(AbandonedRow(("q_time", "30")));

        Assert.Equal(TraceOutcome.Abandoned, call.Outcome);
        Assert.Equal(30, call.WaitSeconds);
        Assert.Equal(0, call.ServiceSeconds);
        Assert.Null(call.Server);
        Assert.Null(call.ServiceStartedAt);
        Assert.Null(call.ServiceEndedAt);
    }

    [Fact]
    public void Hang_with_leftover_service_times_is_still_abandoned_without_service()
    {
        var call = SingleCall(AbandonedRow(("ser_start", "8:00:40"), ("ser_exit", "8:00:45"), ("ser_time", "5")));

        Assert.Equal(TraceOutcome.Abandoned, call.Outcome);
        Assert.Equal(0, call.ServiceSeconds);
        Assert.Null(call.ServiceStartedAt);
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("1", 1)]
    [InlineData("2", 2)]
    public void Legacy_priority_0_is_read_as_regular_and_priority_2_stays_priority(string priority, int expected) =>
        Assert.Equal(expected, SingleCall(Row(("priority", priority))).Priority);

    [Fact]
    public void Vru_exit_after_midnight_makes_the_call_arrive_on_the_next_day()
    {
        var call = SingleCall(Row(
            ("vru_entry", "23:59:50"), ("vru_exit", "0:00:10"), ("vru_time", "20"),
            ("q_start", "0:00:10"), ("q_exit", "0:00:30"), ("q_time", "20"),
            ("ser_start", "0:00:30"), ("ser_exit", "0:02:10"), ("ser_time", "100")));

        Assert.Equal(At(2, 0, 0, 10), call.ArrivedAt);
        Assert.Equal(At(2, 0, 0, 30), call.ServiceStartedAt);
        Assert.Equal(At(2, 0, 2, 10), call.ServiceEndedAt);
    }

    [Fact]
    public void Service_that_crosses_midnight_ends_on_the_next_day()
    {
        // Line 3206 of the real file.
        var call = SingleCall(Row(
            ("date", "990208"), ("vru_entry", "23:51:29"), ("vru_exit", "23:51:34"), ("vru_time", "5"),
            ("q_start", "23:51:34"), ("q_exit", "23:52:21"), ("q_time", "47"),
            ("ser_start", "23:52:20"), ("ser_exit", "0:00:55"), ("ser_time", "515"), ("server", "AVNI")));

        Assert.Equal(At(8, 23, 51, 34), call.ArrivedAt);
        Assert.Equal(At(8, 23, 52, 20), call.ServiceStartedAt);
        Assert.Equal(At(9, 0, 0, 55), call.ServiceEndedAt);
    }

    [Fact]
    public void Times_are_read_at_offset_zero() =>
        Assert.Equal(TimeSpan.Zero, SingleCall(Row()).ArrivedAt.Offset);
}
