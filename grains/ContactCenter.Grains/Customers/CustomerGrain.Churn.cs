using ContactCenter.Grains.Churn;
using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains;

/// <summary>
/// Churn: every contact event scores the customer with the center's current model in the same write, then
/// updates the customer's at-risk index shard after the state is saved. With no model promoted the risk
/// stays as set by hand.
/// </summary>
public sealed partial class CustomerGrain
{
    /// <summary>Contributions kept to explain a score.</summary>
    public const int TopContributions = 3;

    private AtRiskEntry? _indexed;
    private Task? _indexing;
    private bool _indexAgain;

    /// <summary>A model promoted while this customer slept: score with it now, so routing reads the new risk.</summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Profile is null) return;
        // Read from storage, every contact brings its own copies of agent, queue and wrap-up codes.
        for (var i = 0; i < S.History.Count; i++) S.History[i] = strings.Share(S.History[i]);
        try
        {
            var model = await scorer.Current();
            if (model is not null && model.Version != S.Churn.ModelVersion) await Commit(() => { }, () => Task.FromResult<LoadedChurnModel?>(model));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Customer {CustomerId} could not be rescored on activation; the risk stays {Risk}", CustomerId, S.Profile.ChurnRisk);
        }
    }

    public async Task Seed(CustomerProfile profile, IReadOnlyList<ContactRecord> history, DateTimeOffset? churnedAt)
    {
        Validate(profile);
        ValidateHistory(history);
        if (churnedAt > time.GetUtcNow()) throw ContactCenterException.Invalid("churnedAt", "churnedAt cannot be in the future.");
        await CheckEmailFree(profile);
        var emailBefore = S.Profile?.Email;
        await Commit(() =>
        {
            S.Profile = profile;
            // Merged by interaction id, so seeding again (a restarted demo) keeps what happened since.
            var known = S.History.Select(h => h.InteractionId).ToHashSet(StringComparer.Ordinal);
            S.History = S.History.Concat(history.Where(h => !known.Contains(h.InteractionId)).Select(strings.Share))
                .OrderBy(h => h.At).TakeLast(HistoryCap).ToList();
            if (churnedAt is { } at && S.Churn.ChurnedAt is null)
                S.Churn = S.Churn with { ChurnedAt = at, FrozenFeatures = FeaturesAt(at) };
        }, scorer.Current, awaitIndex: true);
        await RegisterEmail(emailBefore);
    }

    public async Task MarkChurned()
    {
        if (S.Profile is null) throw ContactCenterException.NotFound("Customer", CustomerId);
        if (S.Churn.ChurnedAt is not null) return;
        var now = time.GetUtcNow();
        await Commit(() => S.Churn = S.Churn with { ChurnedAt = now, FrozenFeatures = FeaturesAt(now) }, model: null);
    }

    public async Task Rescore()
    {
        if (S.Profile is null) return;
        await Commit(() => { }, scorer.Fresh);
    }

    public Task<CustomerChurnView> GetChurn()
    {
        var p = S.Profile ?? throw ContactCenterException.NotFound("Customer", CustomerId);
        var c = S.Churn;
        return Task.FromResult(new CustomerChurnView(CustomerId, p.ChurnRisk, c.ModelVersion, c.ScoredAt, c.Top, Features(), c.History, c.ChurnedAt));
    }

    public Task<ChurnTrainingRow> GetTrainingRow()
    {
        if (S.Profile is null) throw ContactCenterException.NotFound("Customer", CustomerId);
        return Task.FromResult(new ChurnTrainingRow(CustomerId, Features(), S.Churn.ChurnedAt is not null));
    }

    /// <summary>
    /// Applies a change, scores with the given model source (none: keep the risk), stores once, then updates the
    /// index. A failed write puts the previous state back, so memory never holds what storage does not.
    /// </summary>
    private async Task Commit(Action change, Func<Task<LoadedChurnModel?>>? model, bool awaitIndex = false)
    {
        var before = S.Copy();
        change();
        if (model is not null) await Score(model);
        if (S.Profile == before.Profile && S.Churn == before.Churn && S.History.SequenceEqual(before.History) && SameCases(before)) return;
        try { await state.WriteStateAsync(); }
        catch
        {
            state.State = before;
            throw;
        }
        if (awaitIndex) await UpdateIndex();
        else FireAndForget.Run(UpdateIndex(), logger, "churn index update");
    }

    /// <summary>Scores in place; a model that cannot be reached or fails leaves the risk as it was.</summary>
    private async Task Score(Func<Task<LoadedChurnModel?>> source)
    {
        if (S.Profile is not { } profile) return;
        try
        {
            if (await source() is not { } model) return;
            var prediction = await model.Model.ScoreAsync(Features().ToRow(), TopContributions);
            if (double.IsNaN(prediction.Probability)) throw new InvalidOperationException($"model {model.Version} gave NaN");
            var risk = Math.Clamp(prediction.Probability, 0, 1);
            S.Profile = profile with { ChurnRisk = risk };
            S.Churn = S.Churn.Scored(risk, model.Version, time.GetUtcNow(), prediction.Top.Take(TopContributions).ToArray());
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Customer {CustomerId} could not be scored; the risk stays {Risk}", CustomerId, profile.ChurnRisk);
        }
    }

    /// <summary>Live features now, or the ones frozen when the customer left.</summary>
    private ChurnFeatures Features() => S.Churn.FrozenFeatures ?? FeaturesAt(time.GetUtcNow());

    private ChurnFeatures FeaturesAt(DateTimeOffset at) => ChurnFeatureCalculator.From(S.Profile!, S.History, at, S.CaseList);

    /// <summary>
    /// Sends the customer's index line when it changed since the last one sent. One send at a time: changes made
    /// while one is on its way are sent after it, as one line, so the shard never gets lines out of order.
    /// </summary>
    private Task UpdateIndex()
    {
        if (_indexing is { IsCompleted: false })
        {
            _indexAgain = true;
            return _indexing;
        }
        // Only a send in progress is remembered: a million idle customers would otherwise each keep a finished one (120 bytes).
        var sending = SendIndexLines();
        if (!sending.IsCompleted) _indexing = sending;
        return sending;
    }

    private async Task SendIndexLines()
    {
        var shard = GrainFactory.GetGrain<IChurnIndexGrain>(ChurnIndex.ShardOf(CustomerId));
        try
        {
            do
            {
                _indexAgain = false;
                if (S.Profile is not { } p) return;
                var last = S.History.Count == 0 ? null : S.History.MaxBy(h => h.At);
                var entry = new AtRiskEntry(p.CustomerId, p.Name, p.Tier, p.LifetimeValue, p.ChurnRisk, last?.QueueId, last?.At, S.Churn.ChurnedAt is not null);
                if (entry == _indexed) continue;
                await shard.Update(entry);
                _indexed = entry;
            }
            while (_indexAgain);
        }
        finally { _indexing = null; }
    }

    private static void ValidateHistory(IReadOnlyList<ContactRecord> history)
    {
        if (history is null) throw ContactCenterException.Invalid("history", "history is required (it may be empty).");
        for (var i = 0; i < history.Count; i++)
        {
            var c = history[i];
            if (c is null || string.IsNullOrWhiteSpace(c.InteractionId))
                throw ContactCenterException.Invalid($"history[{i}].interactionId", "Every contact needs an interactionId.");
            if (!(c.WaitSeconds >= 0) || double.IsInfinity(c.WaitSeconds))
                throw ContactCenterException.Invalid($"history[{i}].waitSeconds", "waitSeconds must be zero or more.");
            if (c.Transfers < 0) throw ContactCenterException.Invalid($"history[{i}].transfers", "transfers cannot be negative.");
            if (c.Satisfaction is < 1 or > 5) throw ContactCenterException.Invalid($"history[{i}].satisfaction", "satisfaction must be between 1 and 5.");
        }
    }
}
