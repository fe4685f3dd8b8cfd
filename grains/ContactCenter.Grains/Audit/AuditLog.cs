namespace ContactCenter.Grains.Audit;

/// <summary>
/// An owning grain's durable audit trail and retired flag. Stored with the entity's configuration, so a change
/// and its audit entry are written together. Capped: only the newest <see cref="Cap"/> entries are kept.
/// </summary>
[GenerateSerializer, Alias("cc.audit-log")]
public sealed class AuditLog
{
    public const int Cap = 500;

    [Id(0)] public List<AuditEntry> Entries { get; set; } = [];
    [Id(1)] public bool Retired { get; set; }

    /// <summary>Appends entries stamped with the current actor (<see cref="Actor.Current"/>) and drops the oldest beyond the cap.</summary>
    public void Add(DateTimeOffset at, string action, IEnumerable<(string Field, string? Old, string? New)> changes)
    {
        var by = Actor.Current;
        Entries.AddRange(changes.Select(c => new AuditEntry(at, by, action, c.Field, c.Old, c.New)));
        if (Entries.Count > Cap) Entries.RemoveRange(0, Entries.Count - Cap);
    }

    public void Add(DateTimeOffset at, string action, string field, string? old, string? @new) => Add(at, action, [(field, old, @new)]);

    public IReadOnlyList<AuditEntry> NewestFirst() => Enumerable.Reverse(Entries).ToArray();
}

/// <summary>Field-by-field differences, as the audit shows them.</summary>
internal static class AuditDiff
{
    public static IEnumerable<(string Field, string? Old, string? New)> Changed(params (string Field, string? Old, string? New)[] fields) =>
        fields.Where(f => f.Old != f.New);

    public static string Skills(IEnumerable<SkillLevel> skills) => string.Join(", ", skills.Select(s => $"{s.Skill}:{s.Proficiency}"));

    public static string Requirements(IEnumerable<SkillRequirement> skills) => string.Join(", ", skills.Select(s => $"{s.Skill}≥{s.MinProficiency}"));

    public static string Capacity(ChannelCapacity c) => $"voice {c.Voice}, chat {c.Chat}, email {c.Email}, callback {c.Callback}";

    public static string Overflow(OverflowTarget o) => o.Kind == OverflowKind.Queue ? $"Queue {o.QueueId}" : o.Kind.ToString();

    public static string Widening(IEnumerable<WideningStep> steps) => string.Join("; ", steps.Select(s =>
        $"after {s.AfterSeconds}s lower {s.LowerProficiencyBy}{(s.BackupSkill is { } b ? $" or {b.Skill}≥{b.MinProficiency}" : "")}"));

    public static string? WrapUp(int? seconds) => seconds is { } s ? $"{s}s" : "no limit";

    public static string Rule(EntryRule r) =>
        $"{(r.Match.Count == 0 ? "anything" : string.Join(", ", r.Match.Select(m => $"{m.Key}={m.Value}")))}"
        + $"{(r.Channel is { } c ? $" on {c}" : "")} → {r.QueueId}"
        + $"{(r.ExtraSkills.Count > 0 ? $" +{Requirements(r.ExtraSkills)}" : "")}{(r.BasePriority != 0 ? $" priority {r.BasePriority}" : "")}";
}
