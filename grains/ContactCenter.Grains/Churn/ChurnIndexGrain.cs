using ContactCenter.Grains.Storage;
using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Churn;

/// <summary>
/// One shard of the at-risk index: a line per customer, in memory. Updates arrive on every scored contact,
/// so storage is written at most every <see cref="FlushEvery"/> (and on deactivation), not once per update;
/// a crash loses at most that much, which the next contact of each customer puts right.
/// </summary>
public sealed class ChurnIndexGrain(
    [PersistentState("churn-index", GrainStorage.Name)] IPersistentState<ChurnIndexState> state,
    RoutingRecovery recovery,
    ILogger<ChurnIndexGrain> logger) : Grain, IChurnIndexGrain
{
    public static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(10);
    public const int MaxTake = 1_000;

    private bool _dirty;

    private Dictionary<string, AtRiskEntry> Entries => state.State.Entries;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Not interleaved: the write must not run while an update changes the dictionary it serializes.
        this.RegisterGrainTimer(_ => Flush(), new GrainTimerCreationOptions(FlushEvery, FlushEvery));
        return Task.CompletedTask;
    }

    /// <summary>
    /// Stores on the way out, except when an embedded silo shuts down: its in-memory storage is already gone
    /// (and dies with the process anyway), so the write could only fail after placement retries.
    /// </summary>
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        !recovery.Enabled && reason.ReasonCode == DeactivationReasonCode.ShuttingDown ? Task.CompletedTask : Flush();

    public Task Update(AtRiskEntry entry)
    {
        if (entry is null || string.IsNullOrWhiteSpace(entry.CustomerId))
            throw ContactCenterException.Invalid("customerId", "An index entry needs a customerId.");
        if (!Entries.TryGetValue(entry.CustomerId, out var known) || known != entry)
        {
            Entries[entry.CustomerId] = entry;
            _dirty = true;
        }
        return Task.CompletedTask;
    }

    public Task<AtRiskPage> Top(AtRiskFilter filter, int take)
    {
        if (take is < 0 or > MaxTake) throw ContactCenterException.Invalid("take", $"take must be between 0 and {MaxTake}.");
        filter ??= new AtRiskFilter();
        var matched = Entries.Values.Where(e => Matches(e, filter)).ToList();
        var top = AtRiskEntry.Ranked(matched).Take(take).ToArray();
        return Task.FromResult(new AtRiskPage(top, matched.Count, Entries.Count));
    }

    public Task<IReadOnlyList<string>> CustomerIds() =>
        Task.FromResult<IReadOnlyList<string>>(Entries.Keys.Order(StringComparer.Ordinal).ToArray());

    private static bool Matches(AtRiskEntry e, AtRiskFilter f) =>
        (f.IncludeChurned || !e.Churned)
        && (f.Tier is null || e.Tier == f.Tier)
        && (f.QueueId is null || string.Equals(e.LastQueueId, f.QueueId, StringComparison.OrdinalIgnoreCase))
        && (f.Band is null || RiskBands.Of(e.Risk) == f.Band);

    private async Task Flush()
    {
        if (!_dirty) return;
        _dirty = false;
        try { await state.WriteStateAsync(); }
        catch (Exception ex)
        {
            _dirty = true;
            logger.LogWarning(ex, "Churn index shard {Shard} could not be stored; trying again in {Period}", this.GetPrimaryKeyString(), FlushEvery);
        }
    }
}

[GenerateSerializer, Alias("cc.churn-index-state")]
public sealed class ChurnIndexState
{
    [Id(0)] public Dictionary<string, AtRiskEntry> Entries { get; set; } = [];
}
