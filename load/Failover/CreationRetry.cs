using ContactCenter.Contracts;

namespace ContactCenter.Load.Failover;

/// <summary>How one creation ended: created (offered at once or queued), created by an attempt whose answer was lost, or failed.</summary>
internal sealed record CreationOutcome(bool Created, bool OfferedAtOnce, int Attempts, bool FoundExisting);

/// <summary>
/// Creates an interaction, retrying a bounded number of times: during an outage a create can fail or hang,
/// and the caller is still on the line. Each attempt is bounded in time; every failure is reported, none dropped.
/// A retry refused because the interaction already exists means an earlier attempt went through after all.
/// </summary>
internal static class CreationRetry
{
    /// <summary>1, 2, 4, 8, 8… seconds between attempts.</summary>
    public static TimeSpan Backoff(int failedAttempts) => TimeSpan.FromSeconds(Math.Min(8, Math.Pow(2, Math.Max(0, failedAttempts - 1))));

    public static async Task<CreationOutcome> RunAsync(
        Func<Task<InteractionSnapshot>> create, int attempts, Func<int, TimeSpan> backoff, TimeSpan attemptTimeout,
        TimeProvider time, Action onAttempt, Action<Exception> onError, CancellationToken ct)
    {
        var made = 0;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            made = attempt;
            onAttempt();
            try
            {
                var created = await create().WaitAsync(attemptTimeout, time, ct);
                return new CreationOutcome(true, created.Status != InteractionStatus.Queued, attempt, false);
            }
            catch (ContactCenterException ex) when (attempt > 1 && ex.Kind == ErrorKind.Conflict)
            {
                onError(ex);
                return new CreationOutcome(true, false, attempt, true);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
            catch (Exception ex)
            {
                onError(ex);
                if (attempt == attempts) break;
                try { await Task.Delay(backoff(attempt), time, ct); }
                catch (OperationCanceledException) { break; }
            }
        }
        return new CreationOutcome(false, false, made, false);
    }
}
