using ContactCenter.Contracts;

namespace ContactCenter.Load.Failover;

internal enum AuditOutcome { Terminal, Queued, Lost, NotCreated, Refused }

/// <summary>One interaction's fate: Label is the terminal status, "Queued", "LOST" or "not created"; Reason says why it is lost.</summary>
internal sealed record AuditVerdict(string InteractionId, AuditOutcome Outcome, string Label, string? Reason);

/// <summary>What the driver knows about a call, to check against what its grain says.</summary>
/// <summary>RefusedOnly: the caller gave up after refusals, and no attempt ever reached the cluster without one.</summary>
internal sealed record CallFacts(bool CreateSucceeded, bool AnsweredByDriver, bool CompletedByDriver, bool RefusedOnly = false);

/// <summary>
/// After the drain, every interaction the run tried to create is asked for its status. It is accounted for when
/// its status is terminal or it is still queued; otherwise it is LOST: the grain is in some other state, the
/// question failed, the grain has no record of a created interaction, or the grain and the driver disagree.
/// </summary>
internal static class InteractionAudit
{
    private const int Concurrency = 32;
    private static readonly TimeSpan QuestionTimeout = TimeSpan.FromSeconds(10);

    public static AuditVerdict Classify(string id, CallFacts facts, InteractionStatus? status, Exception? error)
    {
        if (error is ContactCenterException { Kind: ErrorKind.NotFound })
            return facts.CreateSucceeded
                ? Lost(id, "the grain has no record of a created interaction (state lost)")
                : facts.RefusedOnly
                ? new AuditVerdict(id, AuditOutcome.Refused, "refused", "refused at the edge until the caller gave up; nothing was created")
                : new AuditVerdict(id, AuditOutcome.NotCreated, "not created", "every creation attempt failed and the grain has no record");
        if (error is not null) return Lost(id, $"GetSnapshot failed: {DriverErrors.KindOf(error)}: {error.Message.Split('\n')[0]}");
        if (status is not { } s) return Lost(id, "GetSnapshot gave no answer");
        if (facts.CompletedByDriver && s != InteractionStatus.Completed)
            return Lost(id, $"ledger and grain disagree: the driver completed it, the grain says {s}");
        if (s == InteractionStatus.Completed && !facts.AnsweredByDriver)
            return Lost(id, "ledger and grain disagree: the grain says Completed, no agent of the run answered it");
        if (s.IsTerminal()) return new AuditVerdict(id, AuditOutcome.Terminal, s.ToString(), null);
        if (s == InteractionStatus.Queued) return new AuditVerdict(id, AuditOutcome.Queued, "Queued", null);
        return Lost(id, $"{s}: neither terminal nor queued after the drain");
    }

    /// <summary>Asks every interaction the run tried to create, a few at a time, each question bounded in time.</summary>
    public static async Task<IReadOnlyList<AuditVerdict>> RunAsync(IGrainFactory grains, IReadOnlyList<FailoverCall> calls, TimeProvider time, CancellationToken ct)
    {
        var verdicts = new List<AuditVerdict>();
        foreach (var chunk in calls.Where(c => c.CreateStartedAt is not null).Chunk(Concurrency))
            verdicts.AddRange(await Task.WhenAll(chunk.Select(c => AskAsync(grains, c, time, ct))));
        return verdicts;
    }

    private static async Task<AuditVerdict> AskAsync(IGrainFactory grains, FailoverCall call, TimeProvider time, CancellationToken ct)
    {
        var facts = new CallFacts(call.Created, call.AnsweredAt is not null, call.CompletedAt is not null, call.GaveUp && call.CreateAttempts == 0);
        try
        {
            var snapshot = await grains.GetGrain<IInteractionGrain>(call.InteractionId).GetSnapshot().WaitAsync(QuestionTimeout, time, ct);
            return Classify(call.InteractionId, facts, snapshot.Status, null);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            return Classify(call.InteractionId, facts, null, ex);
        }
    }

    private static AuditVerdict Lost(string id, string reason) => new(id, AuditOutcome.Lost, "LOST", reason);
}
