namespace ContactCenter.Contracts;

/// <summary>
/// One supervisor or admin change, as its owning grain recorded it: who, when, what, and the value before and after.
/// Old is null for something created, New is null for something removed.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.audit-entry")]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string By,
    [property: Id(2)] string Action,
    [property: Id(3)] string Field,
    [property: Id(4)] string? Old,
    [property: Id(5)] string? New);

/// <summary>The audit actions grains record.</summary>
public static class AuditActions
{
    public const string Create = "create";
    public const string Configure = "configure";
    public const string SetSkill = "skill.set";
    public const string RemoveSkill = "skill.remove";
    public const string SetCapacity = "capacity.set";
    public const string Targets = "targets";
    public const string ForcePresence = "presence.force";
    public const string Retire = "retire";
    public const string Restore = "restore";
    public const string EntryRule = "entry-rule";
    public const string EmailRule = "email-rule";
}

/// <summary>
/// A change to a queue's live routing targets. Only the given fields change, so two supervisors editing
/// different fields at once both keep their edit. WrapUpSeconds applies only when ChangeWrapUp is set
/// (null then means no limit).
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.queue-targets-change")]
public sealed record QueueTargetsChange(
    [property: Id(0)] double? Percent = null,
    [property: Id(1)] int? ThresholdSeconds = null,
    [property: Id(2)] int? MaxWaitSeconds = null,
    [property: Id(3)] bool ChangeWrapUp = false,
    [property: Id(4)] int? WrapUpSeconds = null);
