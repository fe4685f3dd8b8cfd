using ContactCenter.Load.Replay;

namespace ContactCenter.Load.Tests.Replay;

public sealed class ReplayFiguresCalculatorTests
{
    // Sorted waits overall: 0 5 10 20 30 40 60 61 90 100; answered: 0 10 20 30 60 90.
    private static readonly CallWait[] Handmade =
    [
        new(2, 0, true), new(0, 10, true), new(2, 20, true), new(1, 30, true), new(1, 60, true), new(1, 90, true),
        new(1, 5, false), new(1, 40, false), new(2, 61, false), new(1, 100, false),
    ];

    [Fact]
    public void Overall_figures_of_a_handmade_list_match_hand_computed_answers()
    {
        var overall = ReplayFiguresCalculator.Of(Handmade).Overall;

        Assert.Equal(new WaitFigures(10, 6, 4, 41.6, 90, 30, 50), overall);
    }

    [Fact]
    public void Priority_2_is_its_own_class_and_legacy_priority_0_counts_as_regular()
    {
        var figures = ReplayFiguresCalculator.Of(Handmade);

        Assert.Equal(new WaitFigures(3, 2, 1, 27, 61, 200.0 / 3, 200.0 / 3), figures.Priority);
        Assert.Equal(new WaitFigures(7, 4, 3, 335.0 / 7, 100, 100.0 / 7, 300.0 / 7), figures.Regular);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(9, 9)]
    [InlineData(10, 9)]
    [InlineData(11, 10)]
    [InlineData(20, 18)]
    [InlineData(100, 90)]
    public void P90_is_the_nearest_rank_of_the_sorted_waits(int count, double expected)
    {
        var waits = Enumerable.Range(1, count).Reverse().Select(w => new CallWait(1, w, true));

        Assert.Equal(expected, ReplayFiguresCalculator.Of(waits).Overall.P90WaitSeconds);
    }

    [Fact]
    public void Abandoned_calls_lower_the_service_level_even_with_short_waits()
    {
        CallWait[] calls = [new(1, 5, true), new(1, 5, false)];

        Assert.Equal(50, ReplayFiguresCalculator.Of(calls).Overall.ServiceLevel20Percent);
    }

    [Fact]
    public void No_calls_give_zero_waits_and_full_service_level()
    {
        var figures = ReplayFiguresCalculator.Of([]);

        var empty = new WaitFigures(0, 0, 0, 0, 0, 100, 100);
        Assert.Equal(new ReplayFigures(empty, empty, empty), figures);
    }

    [Fact]
    public void Historical_figures_use_trace_wait_priority_and_outcome()
    {
        var at = new DateTimeOffset(1999, 2, 1, 8, 0, 0, TimeSpan.Zero);
        TraceCall[] calls =
        [
            new(1, "0", 1, "PS", at, 15, TraceOutcome.Answered, 100, "DORIT", at, at.AddSeconds(100)),
            new(2, "0", 2, "PS", at, 70, TraceOutcome.Abandoned, 0, null, null, null),
        ];

        var figures = ReplayFiguresCalculator.Historical(calls);

        Assert.Equal(ReplayFiguresCalculator.Of([new(1, 15, true), new(2, 70, false)]), figures);
        Assert.Equal(new WaitFigures(1, 0, 1, 70, 70, 0, 0), figures.Priority);
    }
}
