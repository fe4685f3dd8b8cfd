using ContactCenter.Contracts;
using ContactCenter.Load.Engine;
using ContactCenter.Load.Failover;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Load.Tests.Failover;

/// <summary>The driver's ledger on the run's clock, and the error tally.</summary>
public sealed class DriverBookTests
{
    private readonly FakeTimeProvider _time = new();

    private FailoverLedger Ledger()
    {
        var plan = ScenarioPlanner.Plan((FailoverSettings.Defaults with { DurationSeconds = 20 }).ToScenario(), "t");
        var ledger = new FailoverLedger(plan, _time);
        _time.Advance(TimeSpan.FromMinutes(3));   // setup time does not count
        ledger.Start();
        return ledger;
    }

    [Fact]
    public void Assignments_and_arrivals_are_timed_from_the_start_of_the_run()
    {
        var ledger = Ledger();
        var call = ledger.Call(0);

        _time.Advance(TimeSpan.FromSeconds(2));
        ledger.CreateAttempt(call);
        ledger.Created(call, offeredAtOnce: true);
        _time.Advance(TimeSpan.FromMilliseconds(40));
        ledger.Offered(call.InteractionId, "a-1");
        _time.Advance(TimeSpan.FromSeconds(1));
        ledger.Answered(call.InteractionId, "a-1");

        Assert.Equal([2.0], ledger.Arrivals);
        Assert.Equal([3.04], ledger.Assignments.Select(t => Math.Round(t, 3)));
        Assert.Equal(40, call.RoutingLatencyMs!.Value, 3);
    }

    [Fact]
    public void Time_refused_at_the_edge_is_not_routing_and_a_refusal_is_not_an_attempt()
    {
        var ledger = Ledger();
        var call = ledger.Call(0);
        ledger.CreateAttempt(call);
        ledger.Refused(call);
        _time.Advance(TimeSpan.FromSeconds(5));
        ledger.CreateAttempt(call);
        ledger.Created(call, offeredAtOnce: true);
        _time.Advance(TimeSpan.FromMilliseconds(30));
        ledger.Offered(call.InteractionId, "a-1");

        Assert.Equal(30, call.RoutingLatencyMs!.Value, 3);
        Assert.Equal((1, 1), (call.CreateAttempts, call.Refusals));
        Assert.Equal([0.0], ledger.Arrivals);
    }

    [Fact]
    public void A_caller_who_gave_up_after_refusals_is_not_unfinished()
    {
        var ledger = Ledger();
        var call = ledger.Call(0);
        ledger.CreateAttempt(call);
        ledger.Refused(call);
        ledger.GaveUp(call);

        Assert.Equal(0, ledger.Unfinished());
    }

    [Fact]
    public void Routing_latency_is_only_measured_when_an_agent_was_free_at_once()
    {
        var ledger = Ledger();
        var call = ledger.Call(0);
        ledger.CreateAttempt(call);
        ledger.Created(call, offeredAtOnce: false);
        _time.Advance(TimeSpan.FromSeconds(9));
        ledger.Offered(call.InteractionId, "a-1");

        Assert.Null(call.RoutingLatencyMs);
    }

    [Fact]
    public void A_call_is_unfinished_until_completed_ended_elsewhere_or_given_up()
    {
        var ledger = Ledger();
        var (a, b, c, d) = (ledger.Call(0), ledger.Call(1), ledger.Call(2), ledger.Call(3));
        foreach (var call in new[] { a, b, c, d }) ledger.CreateAttempt(call);
        ledger.Completed(a.InteractionId);
        ledger.EndedWithoutDriver(b.InteractionId, nameof(InteractionStatus.Completed));
        ledger.CreateFailed(c);

        Assert.Equal(1, ledger.Unfinished());
    }

    [Fact]
    public void Errors_are_counted_by_operation_and_kind_with_a_few_distinct_messages()
    {
        var errors = new DriverErrors();
        for (var i = 0; i < 5; i++) errors.Record("create", new TimeoutException($"attempt {i % 4}"));
        errors.Record("accept", ContactCenterException.Conflict("gone"));
        errors.Record("accept", new AggregateException(new InvalidOperationException("inner")));

        var tally = errors.Snapshot();

        Assert.Equal(("create: TimeoutException", 5), (tally[0].Kind, tally[0].Count));
        Assert.Equal(3, tally[0].Samples.Count);
        Assert.Contains(tally, e => e.Kind == "accept: ContactCenterException (Conflict)");
        Assert.Contains(tally, e => e.Kind == "accept: InvalidOperationException");
        Assert.Equal(2, errors.Count("accept"));
    }
}
