namespace ContactCenter.Grains.Routing;

/// <summary>Which agents serve a queue: those with any of its skills, required or a widening step's backup. One rule for the directory, the router and the agents.</summary>
public static class QueueSkills
{
    public static string[] Of(QueueConfig config) =>
        config.RequiredSkills.Select(r => r.Skill)
            .Concat((config.Widening ?? []).Where(w => w.BackupSkill is not null).Select(w => w.BackupSkill!.Skill))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    public static bool Serves(IEnumerable<string> queueSkills, IReadOnlyList<SkillLevel> agentSkills) =>
        queueSkills.Any(skill => agentSkills.Any(s => string.Equals(s.Skill, skill, StringComparison.OrdinalIgnoreCase)));
}
