using ContactCenter.Load.Replay;

namespace ContactCenter.Load.Tests.Replay;

public sealed class TraceStaffingTests
{
    private static DateTimeOffset At(int hour, int minute, int second = 0) =>
        new(1999, 2, 1, hour, minute, second, TimeSpan.Zero);

    private static TraceCall Answered(string server, DateTimeOffset arrived, DateTimeOffset start, DateTimeOffset end) =>
        new(1, "0", 1, "PS", arrived, (start - arrived).TotalSeconds, TraceOutcome.Answered, (end - start).TotalSeconds, server, start, end);

    private static TraceCall Abandoned(DateTimeOffset arrived, double waitSeconds) =>
        new(2, "0", 1, "PS", arrived, waitSeconds, TraceOutcome.Abandoned, 0, null, null, null);

    [Fact]
    public void Each_hour_counts_distinct_servers_and_a_service_spanning_two_hours_counts_in_both()
    {
        TraceCall[] calls =
        [
            Answered("DORIT", At(8, 10), At(8, 10), At(8, 20)),
            Answered("GILI", At(8, 30), At(8, 50), At(9, 10)),
            Answered("DORIT", At(8, 40), At(8, 40), At(8, 45)),
            Abandoned(At(11, 5), 120),
        ];

        var hours = TraceStaffing.PerHour(calls);

        Assert.Equal(
            [new(At(8, 0), 2), new(At(9, 0), 1), new(At(10, 0), 0), new(At(11, 0), 0)],
            hours);
    }

    [Fact]
    public void Service_ending_exactly_on_the_hour_does_not_occupy_the_next_hour()
    {
        TraceCall[] calls = [Answered("YITZ", At(9, 30), At(9, 30), At(10, 0))];

        var hours = TraceStaffing.PerHour(calls);

        Assert.Equal([new(At(9, 0), 1), new(At(10, 0), 0)], hours);
    }

    [Fact]
    public void Hours_run_from_the_first_arrival_even_when_calls_are_out_of_order()
    {
        TraceCall[] calls =
        [
            Answered("GILI", At(10, 15), At(10, 15), At(10, 20)),
            Answered("DORIT", At(7, 59, 59), At(7, 59, 58), At(8, 3)),
        ];

        var hours = TraceStaffing.PerHour(calls);

        Assert.Equal([At(7, 0), At(8, 0), At(9, 0), At(10, 0)], hours.Select(h => h.HourStart));
        Assert.Equal([1, 1, 0, 1], hours.Select(h => h.Agents));
    }

    [Fact]
    public void No_calls_give_no_hours() =>
        Assert.Empty(TraceStaffing.PerHour([]));
}
