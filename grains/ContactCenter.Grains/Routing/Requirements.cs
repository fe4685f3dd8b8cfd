namespace ContactCenter.Grains.Routing;

/// <summary>
/// The skills an interaction needs right now: the queue's and the entry rule's, lowered by any
/// widening steps already reached, plus backup skills those steps added.
/// </summary>
public sealed record Requirements(IReadOnlyList<SkillRequirement> Required, IReadOnlyList<SkillRequirement> Backups)
{
    public static Requirements For(QueueConfig config, QueueEntry entry, double secondsInQueue)
    {
        var steps = config.Widening.Where(s => s.AfterSeconds <= secondsInQueue).ToList();
        var lowerBy = steps.Sum(s => s.LowerProficiencyBy);
        var required = config.RequiredSkills.Concat(entry.ExtraSkills)
            .GroupBy(r => r.Skill, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SkillRequirement(g.Key, Math.Max(SkillLevel.Min, g.Max(r => r.MinProficiency) - lowerBy)))
            .ToList();
        var backups = steps.Where(s => s.BackupSkill is not null).Select(s => s.BackupSkill!).ToList();
        return new Requirements(required, backups);
    }

    /// <summary>
    /// A canonical text of the requirement (skills lower-cased and sorted, with levels, then backups), equal for two
    /// requirements exactly when they accept the same agents: the key of a requirement class in the routing indices.
    /// </summary>
    public string Key => _key ??= string.Join(",", Required.Select(r => $"{r.Skill.ToLowerInvariant()}>={r.MinProficiency}").Order(StringComparer.Ordinal))
        + "|" + string.Join(",", Backups.Select(b => $"{b.Skill.ToLowerInvariant()}>={b.MinProficiency}").Distinct().Order(StringComparer.Ordinal));

    private string? _key;

    /// <summary>Everything listed, for the decision record.</summary>
    public IReadOnlyList<SkillRequirement> All => Required.Concat(Backups).ToArray();

    /// <summary>
    /// The agent's proficiency for this work: the average over the required skills when all are met,
    /// else the best backup skill met, else null (not eligible).
    /// </summary>
    public double? ProficiencyOf(IReadOnlyList<SkillLevel> skills)
    {
        int? Level(string skill) => skills.FirstOrDefault(s => string.Equals(s.Skill, skill, StringComparison.OrdinalIgnoreCase))?.Proficiency;

        if (Required.All(r => Level(r.Skill) >= r.MinProficiency))
            return Required.Average(r => Level(r.Skill)!.Value);
        var backup = Backups.Select(b => Level(b.Skill) is { } l && l >= b.MinProficiency ? l : (int?)null).Max();
        return backup;
    }
}
