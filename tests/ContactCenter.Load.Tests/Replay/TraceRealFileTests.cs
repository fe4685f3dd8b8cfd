using ContactCenter.Load.Replay;

namespace ContactCenter.Load.Tests.Replay;

public sealed class TraceRealFileTests
{
    [Fact]
    public void Excerpt_counts_match_an_independent_awk_count_and_every_row_is_accounted_for()
    {
        var result = TraceParser.ParseFile(TraceFiles.ExcerptPath);

        TraceExpectedCounts.Excerpt.AssertMatches(result);
        Assert.Equal(
            77,
            result.Calls.Count(c => c.Outcome == TraceOutcome.Abandoned) + result.Excluded[TraceReasons.HungUpInVru]);
        Assert.Equal(new TraceLineProblem(3, TraceReasons.AgentWithoutServer), result.Examples[0]);
    }

    [Fact]
    public void Full_trace_counts_match_an_independent_awk_count_or_the_excerpt_does_when_it_is_absent()
    {
        // The full file is shared data outside the repository. Where it is absent (e.g. a clean CI
        // checkout) this test checks the excerpt instead, so it passes on the excerpt alone.
        var fullPath = TraceFiles.FindFullFile();
        var (path, expected) = fullPath is null
            ? (TraceFiles.ExcerptPath, TraceExpectedCounts.Excerpt)
            : (fullPath, TraceExpectedCounts.FullFile);

        var result = TraceParser.ParseFile(path);

        expected.AssertMatches(result);
    }

    [Fact]
    public void Historical_figures_of_the_excerpt_match_an_independent_awk_computation()
    {
        var figures = ReplayFiguresCalculator.Historical(TraceParser.ParseFile(TraceFiles.ExcerptPath).Calls);

        Assert.Equal((358, 312, 46), (figures.Overall.Calls, figures.Overall.Answered, figures.Overall.Abandoned));
        Assert.Equal(37.3994413408, figures.Overall.MeanWaitSeconds, 1e-9);
        Assert.Equal(128, figures.Overall.P90WaitSeconds);
        Assert.Equal(53.9106145251, figures.Overall.ServiceLevel20Percent, 1e-9);
        Assert.Equal(71.2290502793, figures.Overall.ServiceLevel60Percent, 1e-9);
        Assert.Equal(262, figures.Regular.Calls);
        Assert.Equal(34.2671755725, figures.Regular.MeanWaitSeconds, 1e-9);
        Assert.Equal(96, figures.Priority.Calls);
        Assert.Equal(26.0416666667, figures.Priority.ServiceLevel20Percent, 1e-9);
    }

    [Fact]
    public void Staffing_of_the_excerpt_never_exceeds_the_distinct_agents_in_it()
    {
        var calls = TraceParser.ParseFile(TraceFiles.ExcerptPath).Calls;
        var agents = calls.Select(c => c.Server).OfType<string>().Distinct().Count();

        var hours = TraceStaffing.PerHour(calls);

        Assert.All(hours, h => Assert.InRange(h.Agents, 0, agents));
        Assert.Equal(hours.OrderBy(h => h.HourStart), hours);
        Assert.Contains(hours, h => h.Agents > 0);
    }
}
