using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>Service-level target: Percent of interactions answered within ThresholdSeconds.</summary>
[GenerateSerializer, Immutable, Alias("cc.service-level")]
public sealed record ServiceLevelTarget([property: Id(0)] double Percent, [property: Id(1)] int ThresholdSeconds);

/// <summary>Where an interaction goes when its wait reaches the queue's maximum.</summary>
[GenerateSerializer, Immutable, Alias("cc.overflow")]
public sealed record OverflowTarget([property: Id(0)] OverflowKind Kind, [property: Id(1)] string? QueueId = null)
{
    public static OverflowTarget None { get; } = new(OverflowKind.None);
}

/// <summary>
/// After AfterSeconds of waiting, the interaction's pool widens: every minimum proficiency drops
/// by LowerProficiencyBy (never below 1), and BackupSkill, when given, also qualifies an agent.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.widening-step")]
public sealed record WideningStep(
    [property: Id(0)] int AfterSeconds,
    [property: Id(1)] int LowerProficiencyBy = 0,
    [property: Id(2)] SkillRequirement? BackupSkill = null);

/// <summary>
/// Churn-aware matching: a caller with churn risk at least MinRisk and lifetime value at least MinValue
/// goes to an idle agent with Skill (at MinProficiency or better) before anyone else who qualifies.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.retention-preference")]
public sealed record RetentionPreference(
    [property: Id(0)] string Skill = "retention",
    [property: Id(1)] int MinProficiency = 5,
    [property: Id(2)] double MinRisk = 0.5,
    [property: Id(3)] double MinValue = 2_000)
{
    public bool Applies(double risk, double value) => risk >= MinRisk && value >= MinValue;
}

/// <summary>
/// Weights of the priority score of a waiting interaction:
/// Base × base priority + Tier × tier rank + ChurnValue × churn risk × value (in thousands, capped)
/// + AgingPerSecond × seconds waited + SlaMargin × how close the wait is to the service-level threshold (0..1).
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.priority-weights")]
public sealed record PriorityWeights(
    [property: Id(0)] double Base = 10,
    [property: Id(1)] double Tier = 15,
    [property: Id(2)] double ChurnValue = 5,
    [property: Id(3)] double AgingPerSecond = 0.5,
    [property: Id(4)] double SlaMargin = 20)
{
    public static PriorityWeights Default { get; } = new();
}

/// <summary>A queue's configuration. Validate() names the first bad field.</summary>
[GenerateSerializer, Immutable, Alias("cc.queue-config")]
public sealed record QueueConfig(
    [property: Id(0)] string QueueId,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<SkillRequirement> RequiredSkills,
    [property: Id(3)] ServiceLevelTarget ServiceLevel,
    [property: Id(4)] int MaxWaitSeconds,
    [property: Id(5)] OverflowTarget Overflow,
    [property: Id(6)] IReadOnlyList<WideningStep> Widening,
    [property: Id(7)] PriorityWeights Weights,
    [property: Id(8)] int OfferTimeoutSeconds = 15,
    [property: Id(9)] RetentionPreference? Retention = null,
    [property: Id(10)] int? WrapUpSeconds = null)
{
    /// <summary>The longest wrap-up an agent may take after an interaction of this queue; null means no limit.</summary>
    public const int MaxWrapUpSeconds = 3_600;

    /// <summary>
    /// The largest weight. With every weight at most this, base priority at most 100, value capped at 10 thousand,
    /// risk at most 1 and waits bounded, a score stays far below double's range, so it can never overflow.
    /// </summary>
    public const double MaxWeight = 1_000_000;

    /// <summary>The largest retention.minValue, a lifetime value no customer will reach.</summary>
    public const double MaxRetentionValue = 1e12;

    public const int MaxOfferTimeoutSeconds = 3_600;

    /// <summary>Throws ContactCenterException (Invalid) naming the first bad field, as a JSON path.</summary>
    public void Validate()
    {
        Ids.Require(QueueId, "queueId");
        Bounds.RequireText(Name, "name", Bounds.MaxName);
        Bounds.RequireNoNulls(RequiredSkills, "requiredSkills");
        Bounds.RequireCount(RequiredSkills, "requiredSkills", Bounds.MaxRequiredSkills, min: 1);
        SkillNames.RequireDistinct(RequiredSkills.Select(s => s.Skill), "requiredSkills");
        foreach (var (skill, i) in RequiredSkills.Select((s, i) => (s, i)))
            RequireProficiency(skill.MinProficiency, $"requiredSkills[{i}].minProficiency");
        Require(ServiceLevel is not null, "serviceLevel", "serviceLevel is required.");
        Require(ServiceLevel!.Percent is > 0 and <= 100, "serviceLevel.percent", "serviceLevel.percent must be in (0, 100].");
        Bounds.RequireRange(ServiceLevel.ThresholdSeconds, "serviceLevel.thresholdSeconds", 1, Bounds.MaxSeconds);
        Bounds.RequireRange(MaxWaitSeconds, "maxWaitSeconds", 1, Bounds.MaxSeconds);
        Bounds.RequireRange(OfferTimeoutSeconds, "offerTimeoutSeconds", 1, MaxOfferTimeoutSeconds);
        Require(WrapUpSeconds is null or (> 0 and <= MaxWrapUpSeconds), "wrapUpSeconds",
            $"wrapUpSeconds must be between 1 and {MaxWrapUpSeconds}, or null for no limit.");
        ValidateOverflow();
        ValidateWeights();
        ValidateRetention();
        ValidateWidening();
    }

    private void ValidateOverflow()
    {
        Require(Overflow is not null, "overflow", "overflow is required (kind None, Queue or Callback).");
        Require(Enum.IsDefined(Overflow!.Kind), "overflow.kind", "overflow.kind must be None, Queue or Callback.");
        if (Overflow.Kind == OverflowKind.Queue)
        {
            Ids.Require(Overflow.QueueId, "overflow.queueId");
            Require(Overflow.QueueId != QueueId, "overflow.queueId", "a queue cannot overflow into itself.");
        }
        else Ids.RequireOptional(Overflow.QueueId, "overflow.queueId");
    }

    private void ValidateWeights()
    {
        Require(Weights is not null, "weights", "weights are required.");
        Bounds.RequireFinite(Weights!.Base, "weights.base", 0, MaxWeight);
        Bounds.RequireFinite(Weights.Tier, "weights.tier", 0, MaxWeight);
        Bounds.RequireFinite(Weights.ChurnValue, "weights.churnValue", 0, MaxWeight);
        Bounds.RequireFinite(Weights.AgingPerSecond, "weights.agingPerSecond", 0, MaxWeight);
        Bounds.RequireFinite(Weights.SlaMargin, "weights.slaMargin", 0, MaxWeight);
    }

    private void ValidateRetention()
    {
        if (Retention is not { } r) return;
        SkillNames.Require(r.Skill, "retention.skill");
        RequireProficiency(r.MinProficiency, "retention.minProficiency");
        Require(r.MinRisk is >= 0 and <= 1, "retention.minRisk", "retention.minRisk must be between 0 and 1.");
        Bounds.RequireFinite(r.MinValue, "retention.minValue", 0, MaxRetentionValue);
    }

    private void ValidateWidening()
    {
        Bounds.RequireNoNulls(Widening, "widening");
        Bounds.RequireCount(Widening, "widening", Bounds.MaxWideningSteps);
        foreach (var (step, i) in (Widening ?? []).Select((s, i) => (s, i)))
        {
            Bounds.RequireRange(step.AfterSeconds, $"widening[{i}].afterSeconds", 1, Bounds.MaxSeconds);
            Bounds.RequireRange(step.LowerProficiencyBy, $"widening[{i}].lowerProficiencyBy", 0, SkillLevel.Max - SkillLevel.Min);
            if (step.BackupSkill is { } backup)
            {
                SkillNames.Require(backup.Skill, $"widening[{i}].backupSkill.skill");
                RequireProficiency(backup.MinProficiency, $"widening[{i}].backupSkill.minProficiency");
            }
        }
    }

    internal static void RequireProficiency(int value, string field) =>
        Require(value is >= SkillLevel.Min and <= SkillLevel.Max, field, $"{field} must be between 1 and 10.");

    internal static void Require(bool ok, string field, string message)
    {
        if (!ok) throw ContactCenterException.Invalid(field, message);
    }
}
