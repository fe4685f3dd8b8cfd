using ContactCenter.Churn;
using ContactCenter.Churn.Center;
using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Services;

/// <summary>
/// The dashboard's one churn training job at a time: train a candidate (from the center's own history or an
/// uploaded file), then promote it and rescore the customers. A singleton that runs on the thread pool, not on
/// a Blazor circuit, so the job goes on when its page is closed and every analyst's page shows the same job.
/// </summary>
public sealed class ChurnTrainingJobs(IGrainFactory grains, TimeProvider time, ILogger<ChurnTrainingJobs> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private ChurnJobState _state = ChurnJobState.Idle;
    private ChurnModel? _candidate;
    private CancellationTokenSource? _cancel;
    // Each job has a number, so progress reported late by a cancelled job cannot overwrite the next one.
    private long _job;

    /// <summary>Raised on a background thread after every change; handlers marshal to their own context.</summary>
    public event Action<ChurnJobState>? Changed;

    public ChurnJobState State
    {
        get { lock (_gate) return _state; }
    }

    /// <summary>The background work of the latest job (tests await it instead of waiting for time).</summary>
    public Task Running
    {
        get { lock (_gate) return _running; }
    }

    private Task _running = Task.CompletedTask;

    /// <summary>Collects every customer as a training row and trains; false when a job is already running.</summary>
    public bool StartFromCenterHistory() =>
        StartTraining(ChurnDataOrigin.CenterHistory, "the center's own customers",
            (progress, ct) => new CenterChurnTraining(grains, time).Train(CenterChurnTraining.DefaultSpec, progress, ct));

    /// <summary>Trains on an uploaded table; false when a job is already running.</summary>
    public bool StartFromCsv(ChurnTable table, ChurnTrainingSpec spec) =>
        StartTraining(ChurnDataOrigin.CsvFile, table.Source, (progress, ct) => Task.FromResult(new ChurnTrainer(time).Train(table, spec, progress, ct)));

    /// <summary>Promotes the trained candidate and rescores every customer; false unless a promotable candidate is waiting.</summary>
    public bool StartPromotion()
    {
        ChurnJobState started;
        lock (_gate)
        {
            if (_state is not { Phase: ChurnJobPhase.Trained, Promotion.Allowed: true } || _candidate is null) return false;
            var candidate = _candidate;
            started = Begin(_state with { Phase = ChurnJobPhase.Promoting, Stage = "promoting the candidate", Fraction = 0, Error = null, Outcome = null },
                (job, ct) => Promote(job, candidate, ct));
        }
        Changed?.Invoke(started);
        return true;
    }

    /// <summary>Stops a running job; training stops at its next check, rescoring after its current batch.</summary>
    public void Cancel()
    {
        lock (_gate) if (_state.IsBusy) _cancel?.Cancel();
    }

    /// <summary>Forgets a finished job and its candidate (nothing promoted changes).</summary>
    public void Dismiss()
    {
        long job;
        lock (_gate)
        {
            if (_state.IsBusy) return;
            _candidate = null;
            (job, _) = NewJob();
        }
        Update(job, _ => ChurnJobState.Idle);
    }

    private bool StartTraining(ChurnDataOrigin origin, string source, Func<IProgress<ChurnTrainingProgress>, CancellationToken, Task<ChurnModel>> train)
    {
        ChurnJobState started;
        lock (_gate)
        {
            if (_state.IsBusy) return false;
            _candidate = null;
            started = Begin(new ChurnJobState(ChurnJobPhase.Training, origin, source, "starting", 0, null, null, null, null),
                (job, ct) => Train(job, origin, train, ct));
        }
        Changed?.Invoke(started);
        return true;
    }

    private async Task Train(long job, ChurnDataOrigin origin, Func<IProgress<ChurnTrainingProgress>, CancellationToken, Task<ChurnModel>> train, CancellationToken ct)
    {
        try
        {
            var model = await train(Reporter(job), ct);
            ct.ThrowIfCancellationRequested();
            lock (_gate) if (_job == job) _candidate = model;
            Update(job, s => s with
            {
                Phase = ChurnJobPhase.Trained, Stage = "trained", Fraction = 1, Candidate = model.Info,
                Promotion = PromotionCheck.For(model.Info, origin),
            });
            logger.LogInformation("Churn candidate {Version} trained on {Source}: {Learner}, held-out ROC AUC {Auc:0.000}",
                model.Info.Version, model.Info.Source, model.Info.Learner, model.Info.HeldOut.RocAuc);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Update(job, s => s with { Phase = ChurnJobPhase.Cancelled, Stage = "cancelled", Outcome = "Training was cancelled; nothing changed." });
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Churn training on {Origin} failed", origin);
            Update(job, s => s with { Phase = ChurnJobPhase.Failed, Error = $"Training failed: {Describe(e)} Nothing was promoted." });
        }
    }

    private async Task Promote(long job, ChurnModel candidate, CancellationToken ct)
    {
        string? version = null;
        try
        {
            var center = grains.GetGrain<IChurnModelGrain>(ChurnIndex.ModelKey);
            await center.Promote(candidate.ToBytes(), candidate.Info);
            version = await center.GetVersion();
            logger.LogInformation("Churn model {Version} promoted from the dashboard", version);
            Update(job, s => s with { Stage = $"model {version} promoted; rescoring customers", Fraction = 0 });
            var rescoring = Reporter(job);
            var rescored = await new ChurnRescore(grains).Run(new SyncProgress<CenterWalkProgress>(p => rescoring.Report(
                new ChurnTrainingProgress($"rescoring customers ({p.Done:N0}/{p.Total:N0})", (double)p.Done / Math.Max(1, p.Total)))), ct);
            Update(job, s => s with
            {
                Phase = ChurnJobPhase.Promoted, Stage = "done", Fraction = 1,
                Outcome = $"Model {version} is now the center's model; {rescored:N0} customers were rescored with it.",
            });
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Update(job, s => version is null
                ? s with { Phase = ChurnJobPhase.Trained, Stage = "trained", Fraction = 1, Outcome = "Promotion was cancelled; the current model is unchanged." }
                : s with { Phase = ChurnJobPhase.Promoted, Outcome = $"Model {version} is now the center's model, but rescoring was cancelled: customers not yet rescored keep their old risk until they are scored again." });
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Churn promotion failed after promoting {Version}", version ?? "nothing");
            // Refused before it took effect: the candidate is still there to try again or discard.
            Update(job, s => version is null
                ? s with { Phase = ChurnJobPhase.Trained, Stage = "trained", Fraction = 1, Error = $"Promotion failed: {Describe(e)} The current model is unchanged." }
                : s with { Phase = ChurnJobPhase.Failed, Error = $"Model {version} was promoted, but rescoring the customers failed: {Describe(e)}" });
        }
    }

    /// <summary>Under the lock: a new job number and state, and its work on the pool (its updates wait for the lock).</summary>
    private ChurnJobState Begin(ChurnJobState state, Func<long, CancellationToken, Task> work)
    {
        var (job, ct) = NewJob();
        _state = state;
        _running = Task.Run(() => work(job, ct), CancellationToken.None);
        return state;
    }

    private (long Job, CancellationToken Token) NewJob()
    {
        _cancel?.Dispose();
        _cancel = new CancellationTokenSource();
        return (++_job, _cancel.Token);
    }

    /// <summary>Reports synchronously and in order (Progress&lt;T&gt; would post each report to the pool, out of order).</summary>
    private SyncProgress<ChurnTrainingProgress> Reporter(long job) => new(p => Update(job, s => s.IsBusy ? s with { Stage = p.Stage, Fraction = Math.Clamp(p.Fraction, 0, 1) } : s));

    private void Update(long job, Func<ChurnJobState, ChurnJobState> change)
    {
        ChurnJobState next;
        lock (_gate)
        {
            if (job != _job) return;
            next = _state = change(_state);
        }
        Changed?.Invoke(next);
    }

    private static string Describe(Exception e) => e switch
    {
        ChurnDataException or ContactCenterException => EndSentence(e.Message),
        _ => EndSentence($"{e.GetType().Name}: {e.Message}"),
    };

    private static string EndSentence(string text) => text.TrimEnd().EndsWith('.') ? text.TrimEnd() : text.TrimEnd() + ".";

    public void Dispose()
    {
        lock (_gate)
        {
            _cancel?.Cancel();
            _cancel?.Dispose();
            _cancel = null;
        }
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
