using ContactCenter.Grains.Audit;

namespace ContactCenter.Grains.Queues;

/// <summary>Live routing targets changed one operation at a time, validated and audited by the queue.</summary>
public sealed partial class QueueGrain
{
    public Task<QueueSnapshot> SetServiceLevel(ServiceLevelTarget target, int maxWaitSeconds)
    {
        if (target is null) throw ContactCenterException.Invalid("serviceLevel", "serviceLevel is required.");
        return ChangeTargets(new QueueTargetsChange(target.Percent, target.ThresholdSeconds, maxWaitSeconds));
    }

    public async Task<QueueSnapshot> ChangeTargets(QueueTargetsChange change)
    {
        if (change is null) throw ContactCenterException.Invalid("body", "A change is required.");
        var old = Config;
        var config = old with
        {
            ServiceLevel = new ServiceLevelTarget(change.Percent ?? old.ServiceLevel.Percent, change.ThresholdSeconds ?? old.ServiceLevel.ThresholdSeconds),
            MaxWaitSeconds = change.MaxWaitSeconds ?? old.MaxWaitSeconds,
            WrapUpSeconds = change.ChangeWrapUp ? change.WrapUpSeconds : old.WrapUpSeconds,
        };
        config.Validate();
        var changes = AuditDiff.Changed(
            ("serviceLevel.percent", Number(old.ServiceLevel.Percent), Number(config.ServiceLevel.Percent)),
            ("serviceLevel.thresholdSeconds", old.ServiceLevel.ThresholdSeconds.ToString(), config.ServiceLevel.ThresholdSeconds.ToString()),
            ("maxWaitSeconds", old.MaxWaitSeconds.ToString(), config.MaxWaitSeconds.ToString()),
            ("wrapUpSeconds", AuditDiff.WrapUp(old.WrapUpSeconds), AuditDiff.WrapUp(config.WrapUpSeconds))).ToList();
        if (changes.Count == 0) return await Snapshot();
        state.State.Audit.Add(time.GetUtcNow(), AuditActions.Targets, changes);
        state.State.Config = config;
        await state.WriteStateAsync();
        logger.LogInformation("Queue {QueueId} targets changed by {By}: {Changes}", QueueId, Actor.Current,
            string.Join("; ", changes.Select(c => $"{c.Field} {c.Old} → {c.New}")));
        await Router.ConfigureQueue(config);
        return await Snapshot();
    }

    private static string Number(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Audits a whole-configuration Configure field by field; a retired queue must be restored first.</summary>
    private void AuditConfigure(QueueConfig config)
    {
        if (state.State.Audit.Retired)
            throw ContactCenterException.Conflict($"Queue '{QueueId}' is retired; restore it before configuring it.");
        var now = time.GetUtcNow();
        if (state.State.Config is not { } old)
        {
            state.State.Audit.Add(now, AuditActions.Create, "config", null,
                $"{config.Name}: {AuditDiff.Requirements(config.RequiredSkills)}, {Number(config.ServiceLevel.Percent)}% in {config.ServiceLevel.ThresholdSeconds}s, max wait {config.MaxWaitSeconds}s");
            return;
        }
        state.State.Audit.Add(now, AuditActions.Configure, AuditDiff.Changed(
            ("name", old.Name, config.Name),
            ("requiredSkills", AuditDiff.Requirements(old.RequiredSkills), AuditDiff.Requirements(config.RequiredSkills)),
            ("serviceLevel.percent", Number(old.ServiceLevel.Percent), Number(config.ServiceLevel.Percent)),
            ("serviceLevel.thresholdSeconds", old.ServiceLevel.ThresholdSeconds.ToString(), config.ServiceLevel.ThresholdSeconds.ToString()),
            ("maxWaitSeconds", old.MaxWaitSeconds.ToString(), config.MaxWaitSeconds.ToString()),
            ("overflow", AuditDiff.Overflow(old.Overflow), AuditDiff.Overflow(config.Overflow)),
            ("widening", AuditDiff.Widening(old.Widening), AuditDiff.Widening(config.Widening ?? [])),
            ("weights", old.Weights.ToString(), config.Weights.ToString()),
            ("offerTimeoutSeconds", old.OfferTimeoutSeconds.ToString(), config.OfferTimeoutSeconds.ToString()),
            ("retention", old.Retention?.ToString(), config.Retention?.ToString()),
            ("wrapUpSeconds", AuditDiff.WrapUp(old.WrapUpSeconds), AuditDiff.WrapUp(config.WrapUpSeconds))));
    }

    private static string? OverflowInto(QueueConfig config) => config.Overflow.Kind == OverflowKind.Queue ? config.Overflow.QueueId : null;
}
