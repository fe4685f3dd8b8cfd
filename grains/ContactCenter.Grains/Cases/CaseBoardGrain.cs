using ContactCenter.Grains.Storage;
using ContactCenter.Grains.Routing;
using ContactCenter.Grains.Live;
using Microsoft.Extensions.Options;

namespace ContactCenter.Grains.Cases;

/// <summary>
/// The center's case list (key "center"): one small summary per case, sent by the case grains on every change.
/// Counts per SLA state are kept as summaries change, so an upsert costs O(log n) at any size; the wallboard
/// counts are pushed at most once a second; the predictive breach warning runs every 30 s by default (see the
/// Prediction part and <see cref="CaseBoardOptions"/>) and persistence is debounced (see the Persistence part).
/// Not reentrant: upserts and the predictor's turns take turns. The reads (Query, GetCounts, OpenCasesUnder) are
/// AlwaysInterleave and never await, so they see the index between turns, never half-changed.
/// </summary>
public sealed partial class CaseBoardGrain(
    [PersistentState("case-board", GrainStorage.Name)] IPersistentState<CaseBoardState> state,
    TimeProvider time,
    LivePublisher live,
    RoutingRecovery recovery,
    IOptions<CaseBoardOptions> options,
    ILogger<CaseBoardGrain> logger) : Grain, ICaseBoardGrain
{
    /// <summary>Infrastructure cadence on the wall clock: how often changed counts go to the wallboard.</summary>
    public static readonly TimeSpan PublishEvery = TimeSpan.FromSeconds(1);

    private readonly CaseBoardIndex _index = new();
    private readonly CaseThroughput _throughput = new();
    private CaseCounts? _published;

    /// <summary>The center's board; only its counts go to the wallboard (a board under another key is a test's own).</summary>
    public const string CenterKey = "center";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Restore();
        this.RegisterGrainTimer(_ => PublishCounts(), new GrainTimerCreationOptions(PublishEvery, PublishEvery) { Interleave = true, KeepAlive = true });
        StartPersistence();
        StartPrediction();
        return Task.CompletedTask;
    }

    public Task Upsert(CaseSummary summary)
    {
        if (summary is null) throw ContactCenterException.Invalid("summary", "A case summary is required.");
        Ids.Require(summary.CaseId, "caseId");
        Ids.Require(summary.QueueId, "queueId");
        Ids.Require(summary.ContractId, "contractId");
        var known = _index.Find(summary.CaseId);
        // One-way messages may overtake each other; an older picture of the case never replaces a newer one.
        if (known is not null && known.UpdatedAt > summary.UpdatedAt) return Task.CompletedTask;
        summary = KeepPrediction(known, summary);
        if (known == summary) return Task.CompletedTask;
        _index.Upsert(summary);
        _throughput.Observe(known, summary);
        NoteEscalation(known, summary);
        ForgetWarningOnceStarted(summary);
        _dirty = true;
        return Task.CompletedTask;
    }

    public Task<CasePage> Query(CaseQuery query)
    {
        if (query is null) throw ContactCenterException.Invalid("query", "A case query is required.");
        query.Validate();
        return Task.FromResult(_index.Query(query));
    }

    public Task<CaseCounts> GetCounts() => Task.FromResult(Counts());

    public Task<IReadOnlyList<string>> OpenCasesUnder(string contractId)
    {
        Ids.Require(contractId, "contractId");
        return Task.FromResult(_index.OpenCasesUnder(contractId));
    }

    private CaseCounts Counts() => new(
        _index.OpenIn(SlaState.OnTrack), _index.OpenIn(SlaState.AtRisk), _index.OpenIn(SlaState.Breached),
        _index.OpenIn(SlaState.Paused), _index.OpenCount, EscalatedToday());

    /// <summary>O(1) per tick; the count also changes at midnight UTC without any upsert, so it is recomputed each tick.</summary>
    private Task PublishCounts()
    {
        if (this.GetPrimaryKeyString() != CenterKey) return Task.CompletedTask;
        var counts = Counts();
        if (counts == _published) return Task.CompletedTask;
        live.Publish(counts);
        _published = counts;
        return Task.CompletedTask;
    }

    /// <summary>A case that rose an escalation level counts once for the UTC day of the (injected) clock.</summary>
    private void NoteEscalation(CaseSummary? known, CaseSummary summary)
    {
        if (known is null || summary.EscalationLevel <= known.EscalationLevel) return;
        var today = Today();
        if (state.State.EscalatedDay != today)
        {
            state.State.EscalatedDay = today;
            state.State.EscalatedToday.Clear();
        }
        state.State.EscalatedToday.Add(summary.CaseId);
    }

    private int EscalatedToday() => state.State.EscalatedDay == Today() ? state.State.EscalatedToday.Count : 0;

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
