using ContactCenter.Contracts;

namespace ContactCenter.Load.Failover;

/// <summary>
/// How one creation ended: created (offered at once or queued), created by an attempt whose answer was lost, or failed;
/// Refusals counts the "too busy" answers on the way, and GaveUp says the caller left after <see cref="CreationRetry.MaxRefusals"/> of them.
/// </summary>
internal sealed record CreationOutcome(bool Created, bool OfferedAtOnce, int Attempts, bool FoundExisting, int Refusals = 0, bool GaveUp = false);

/// <summary>
/// Creates an interaction, retrying a bounded number of times: during an outage a create can fail or hang,
/// and the caller is still on the line. Each attempt is bounded in time; every failure is reported, none dropped.
/// A retry refused because the interaction already exists means an earlier attempt went through after all.
/// A refusal (503 with Retry-After, or an Orleans gateway shedding load) is not a failure and uses no attempt:
/// the caller waits Retry-After and tries again, up to <see cref="MaxRefusals"/> times, then gives up.
/// </summary>
internal static class CreationRetry
{
    /// <summary>With a 1 s Retry-After, a caller who waits about a minute before hanging up.</summary>
    public const int MaxRefusals = 60;

    /// <summary>1, 2, 4, 8, 8… seconds between attempts.</summary>
    /// <summary>
    /// Retry-After is the least a refused caller waits; each waits up to half as long again (drawn from its own seeded
    /// source), so a crowd refused together does not come back together.
    /// </summary>
    public static Func<TimeSpan, TimeSpan> Spread(Random random) => retryAfter => retryAfter * (1 + 0.5 * random.NextDouble());

    public static TimeSpan Backoff(int failedAttempts) => TimeSpan.FromSeconds(Math.Min(8, Math.Pow(2, Math.Max(0, failedAttempts - 1))));

    public static async Task<CreationOutcome> RunAsync(
        Func<Task<InteractionStatus>> create, int attempts, Func<int, TimeSpan> backoff, TimeSpan attemptTimeout,
        TimeProvider time, Action onAttempt, Action<Exception> onError, CancellationToken ct, Action? onRefused = null,
        Func<TimeSpan, TimeSpan>? spread = null)
    {
        var (made, refusals) = (0, 0);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            made = attempt;
            onAttempt();
            try
            {
                var created = await create().WaitAsync(attemptTimeout, time, ct);
                return new CreationOutcome(true, created != InteractionStatus.Queued, attempt, false, refusals);
            }
            catch (ContactCenterException ex) when (attempt > 1 && ex.Kind == ErrorKind.Conflict)
            {
                onError(ex);
                return new CreationOutcome(true, false, attempt, true, refusals);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
            catch (Exception ex) when (CreationRefused.Of(ex) is { } refused)
            {
                onRefused?.Invoke();
                if (++refusals >= MaxRefusals) return new CreationOutcome(false, false, attempt, false, refusals, GaveUp: true);
                attempt--;
                try { await Task.Delay(spread?.Invoke(refused.RetryAfter) ?? refused.RetryAfter, time, ct); }
                catch (OperationCanceledException) { break; }
            }
            catch (Exception ex)
            {
                onError(ex);
                if (attempt == attempts) break;
                try { await Task.Delay(backoff(attempt), time, ct); }
                catch (OperationCanceledException) { break; }
            }
        }
        return new CreationOutcome(false, false, made, false, refusals);
    }
}
