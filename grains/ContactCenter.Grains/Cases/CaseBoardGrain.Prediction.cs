using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Cases;

/// <summary>
/// The predictive breach warning. Per queue with cases waiting for pick-up: one snapshot of the queue (available
/// agents, waiting calls, handle time) and the board's own pick-ups of the last hour give its capacity; each
/// contract is read once per run for its coverage hours; <see cref="BreachPredictor"/> does the rest. A case is
/// warned (one-way) when it is newly predicted to breach or its predicted time moved by more than
/// <see cref="MovedBy"/>; the board notes the prediction on its own row at once.
/// </summary>
public sealed partial class CaseBoardGrain
{
    public static readonly TimeSpan MovedBy = TimeSpan.FromMinutes(5);

    /// <summary>Cases warned, with the predicted time last sent; forgotten once the case is picked up.</summary>
    private readonly Dictionary<string, DateTimeOffset> _warned = new(StringComparer.Ordinal);

    /// <summary>Not interleaved: the run reads the index across its awaits and must not see it change.</summary>
    private void StartPrediction()
    {
        if (options.Value.PredictEvery is { } every && every > TimeSpan.Zero)
            this.RegisterGrainTimer(_ => PredictBreaches(), new GrainTimerCreationOptions(every, every) { KeepAlive = true });
    }

    public async Task<int> PredictBreaches()
    {
        var now = time.GetUtcNow();
        var byQueue = _index.AwaitingPickupByQueue();
        var watched = byQueue.Where(q => q.Value.Any(c => c.FirstResponseDue > now)).Select(q => q.Key).ToArray();
        var snapshots = await Task.WhenAll(watched.Select(SnapshotOrNull));
        var clocks = await CoverageOf(watched.SelectMany(q => byQueue[q]).Select(c => c.ContractId).Distinct(StringComparer.Ordinal));
        var sent = 0;
        for (var i = 0; i < watched.Length; i++)
        {
            var capacity = CapacityOf(watched[i], snapshots[i], now);
            foreach (var prediction in BreachPredictor.Predict(byQueue[watched[i]], capacity, now, id => clocks[id]))
            {
                if (prediction.Breach && Warn(prediction)) sent++;
                else if (!prediction.Breach) Withdraw(prediction.CaseId);
            }
        }
        if (sent > 0) logger.LogInformation("Predicted {Count} first-response breaches", sent);
        return sent;
    }

    private QueueCapacity CapacityOf(string queueId, QueueSnapshot? snapshot, DateTimeOffset now)
    {
        var started = _throughput.StartedInLastHour(queueId, now);
        if (snapshot is null) return QueueCapacity.Of(0, started, 0, 0);
        var recent = snapshot.Last15Minutes is { Completed: > 0 } last ? last : snapshot.Stats;
        return QueueCapacity.Of(snapshot.AvailableAgents.Count, started, snapshot.Waiting.Count(w => !w.BeingOffered), recent.AverageHandleSeconds);
    }

    private async Task<QueueSnapshot?> SnapshotOrNull(string queueId)
    {
        try { return await GrainFactory.GetGrain<IQueueGrain>(queueId).GetSnapshot(); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A retired queue (NotFound) or one that did not answer: its cases are predicted as if nobody were available.
            logger.LogDebug(ex, "Queue {QueueId} of open cases has no snapshot; predicting without agents", queueId);
            return null;
        }
    }

    /// <summary>Each contract's coverage once per run. A contract that cannot be read falls back to its built-in terms, or all hours.</summary>
    private async Task<Dictionary<string, CoverageClock>> CoverageOf(IEnumerable<string> contractIds)
    {
        var ids = contractIds.ToArray();
        var hours = await Task.WhenAll(ids.Select(CoverageHoursOf));
        var clocks = new Dictionary<string, CoverageClock>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++) clocks[ids[i]] = new CoverageClock(hours[i]);
        return clocks;
    }

    private async Task<CoverageHours> CoverageHoursOf(string contractId)
    {
        try { return (await GrainFactory.GetGrain<IServiceContractGrain>(contractId).Get()).Coverage; }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Contract {ContractId} could not be read; predicting with its built-in or round-the-clock coverage", contractId);
            return ServiceContracts.IsDefault(contractId) ? ServiceContracts.BuiltIn(contractId).Coverage : CoverageHours.AlwaysOpen;
        }
    }

    private bool Warn(BreachPrediction prediction)
    {
        if (_index.Find(prediction.CaseId) is not { } row) return false;
        var last = _warned.TryGetValue(prediction.CaseId, out var warned) ? warned : row.PredictedBreachAt;
        if (last is { } at && (prediction.WarnAt - at).Duration() <= MovedBy) return false;
        _warned[prediction.CaseId] = prediction.WarnAt;
        _index.Upsert(row with { PredictedBreachAt = prediction.WarnAt });
        _dirty = true;
        try
        {
            FireAndForget.Run(GrainFactory.GetGrain<ICaseGrain>(prediction.CaseId).WarnBreach(prediction.WarnAt, prediction.Basis), logger, "breach warning");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Breach warning for case {CaseId} could not be sent", prediction.CaseId);
        }
        return true;
    }

    /// <summary>
    /// The queue now reaches the case in time: the board's row drops the prediction it made, so a later breach
    /// prediction is sent again. The case keeps its own record of the warning (its timeline is history).
    /// </summary>
    private void Withdraw(string caseId)
    {
        if (!_warned.Remove(caseId, out var warned) || _index.Find(caseId) is not { } row || row.PredictedBreachAt != warned) return;
        _index.Upsert(row with { PredictedBreachAt = null });
        _dirty = true;
    }

    /// <summary>A case's own summary may not carry the board's prediction yet; keep it while the case still waits.</summary>
    private CaseSummary KeepPrediction(CaseSummary? known, CaseSummary summary) =>
        summary.PredictedBreachAt is null && known?.PredictedBreachAt is { } predicted && CaseOrdering.AwaitsPickup(summary)
            && _warned.ContainsKey(summary.CaseId)
            ? summary with { PredictedBreachAt = predicted }
            : summary;

    private void ForgetWarningOnceStarted(CaseSummary summary)
    {
        if (!CaseOrdering.AwaitsPickup(summary)) _warned.Remove(summary.CaseId);
    }
}
