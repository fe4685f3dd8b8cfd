using ContactCenter.Contracts;
using ContactCenter.Load.Failover;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Load.Tests.Failover;

/// <summary>Creation during an outage: retried a bounded number of times, every failure counted, none dropped.</summary>
public sealed class CreationRetryTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly DriverErrors _errors = new();
    private int _attempts;

    private int _refusals;

    private Task<CreationOutcome> Run(Func<int, Task<InteractionStatus>> create, int attempts = 4) =>
        CreationRetry.RunAsync(() => create(_attempts), attempts, _ => TimeSpan.Zero, TimeSpan.FromSeconds(10), _time,
            () => _attempts++, ex => _errors.Record("create", ex), CancellationToken.None, () => _refusals++);

    [Fact]
    public async Task A_creation_that_fails_twice_then_succeeds_is_created_with_both_failures_counted()
    {
        var outcome = await Run(n => n < 3 ? Task.FromException<InteractionStatus>(new TimeoutException("silo gone")) : Task.FromResult(InteractionStatus.Offered));

        Assert.Equal(new CreationOutcome(Created: true, OfferedAtOnce: true, Attempts: 3, FoundExisting: false), outcome);
        Assert.Equal(2, _errors.Count("create"));
    }

    [Fact]
    public async Task A_creation_that_always_fails_stops_after_the_bound_and_counts_each_attempt()
    {
        var outcome = await Run(_ => Task.FromException<InteractionStatus>(new InvalidOperationException("down")), attempts: 4);

        Assert.False(outcome.Created);
        Assert.Equal((4, 4, 4), (outcome.Attempts, _attempts, _errors.Count("create")));
    }

    [Fact]
    public async Task A_retry_refused_because_the_interaction_exists_means_an_earlier_attempt_landed()
    {
        var outcome = await Run(n => Task.FromException<InteractionStatus>(n == 1
            ? new TimeoutException("answer lost")
            : ContactCenterException.Conflict("Interaction 'i-1' already exists.")));

        Assert.Equal(new CreationOutcome(Created: true, OfferedAtOnce: false, Attempts: 2, FoundExisting: true), outcome);
    }

    [Fact]
    public async Task A_queued_creation_was_not_offered_at_once() =>
        Assert.False((await Run(_ => Task.FromResult(InteractionStatus.Queued))).OfferedAtOnce);

    [Fact]
    public async Task An_attempt_that_hangs_times_out_on_the_runs_clock_and_is_retried()
    {
        var never = new TaskCompletionSource<InteractionStatus>();
        var run = Run(n => n == 1 ? never.Task : Task.FromResult(InteractionStatus.Offered), attempts: 2);

        for (var i = 0; i < 50 && !run.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }

        var outcome = await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal((true, 2), (outcome.Created, outcome.Attempts));
        Assert.Contains(_errors.Snapshot(), e => e.Kind == "create: TimeoutException");
    }

    [Fact]
    public void Backoff_doubles_from_one_second_up_to_eight() =>
        Assert.Equal([1.0, 2, 4, 8, 8], Enumerable.Range(1, 5).Select(n => CreationRetry.Backoff(n).TotalSeconds));

    [Fact]
    public async Task A_refusal_waits_its_Retry_After_on_the_runs_clock_uses_no_attempt_and_is_not_an_error()
    {
        var run = Run(n => n < 3
            ? Task.FromException<InteractionStatus>(new CreationRefused(TimeSpan.FromSeconds(2), "503"))
            : Task.FromResult(InteractionStatus.Queued), attempts: 1);

        for (var i = 0; i < 50 && !run.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }

        var outcome = await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(new CreationOutcome(Created: true, OfferedAtOnce: false, Attempts: 1, FoundExisting: false, Refusals: 2), outcome);
        Assert.Equal((2, 0), (_refusals, _errors.Count("create")));
    }

    [Fact]
    public async Task An_orleans_gateway_shedding_load_is_a_refusal_too()
    {
        var run = Run(n => n == 1 ? Task.FromException<InteractionStatus>(new GatewayTooBusyException()) : Task.FromResult(InteractionStatus.Offered), attempts: 1);
        for (var i = 0; i < 10 && !run.IsCompleted; i++)
        {
            _time.Advance(CreationRefused.OrleansRetryAfter);
            await Task.Yield();
        }

        Assert.Equal((true, 1), ((await run.WaitAsync(TimeSpan.FromSeconds(30))).Created, _refusals));
    }

    [Fact]
    public async Task A_caller_refused_too_often_gives_up_without_anything_created()
    {
        var run = Run(_ => Task.FromException<InteractionStatus>(new CreationRefused(TimeSpan.FromSeconds(1), "503")));
        for (var i = 0; i < 500 && !run.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }

        var outcome = await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal((false, true, CreationRetry.MaxRefusals), (outcome.Created, outcome.GaveUp, outcome.Refusals));
        Assert.Equal(0, _errors.Count("create"));
    }

    [Fact]
    public void Refused_callers_wait_at_least_Retry_After_and_at_most_half_as_long_again()
    {
        var spread = CreationRetry.Spread(new Random(7));
        var waits = Enumerable.Range(0, 200).Select(_ => spread(TimeSpan.FromSeconds(2)).TotalSeconds).ToList();

        Assert.All(waits, w => Assert.InRange(w, 2.0, 3.0));
        Assert.True(waits.Distinct().Count() > 100, "a crowd refused together must not come back together");
    }
}
