using ContactCenter.Grains.Audit;

namespace ContactCenter.Grains.Agents;

/// <summary>Skill edits as single operations on the agent, validated here and audited.</summary>
public sealed partial class AgentGrain
{
    public async Task<AgentSnapshot> SetSkill(string skill, int proficiency)
    {
        RequireSkillName(skill);
        Require(proficiency is >= SkillLevel.Min and <= SkillLevel.Max, "proficiency", $"proficiency must be between {SkillLevel.Min} and {SkillLevel.Max}; {proficiency} is refused.");
        var profile = Profile;
        var name = skill.Trim();
        var old = profile.Skills.FirstOrDefault(s => string.Equals(s.Skill, name, StringComparison.OrdinalIgnoreCase));
        if (old?.Proficiency == proficiency) return Snapshot();
        var skills = profile.Skills.Where(s => s != old).Append(new SkillLevel(old?.Skill ?? name, proficiency))
            .OrderBy(s => s.Skill, StringComparer.OrdinalIgnoreCase).ToArray();
        return await ApplyProfile(profile with { Skills = skills }, AuditActions.SetSkill, old?.Skill ?? name, old?.Proficiency.ToString(), proficiency.ToString());
    }

    public async Task<AgentSnapshot> RemoveSkill(string skill)
    {
        RequireSkillName(skill);
        var profile = Profile;
        var old = profile.Skills.FirstOrDefault(s => string.Equals(s.Skill, skill.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw ContactCenterException.NotFound($"Skill of agent '{AgentId}'", skill.Trim());
        if (profile.Skills.Count == 1)
            throw ContactCenterException.Conflict($"'{old.Skill}' is the last skill of agent '{AgentId}'; an agent needs at least one skill.");
        return await ApplyProfile(profile with { Skills = profile.Skills.Where(s => s != old).ToArray() },
            AuditActions.RemoveSkill, old.Skill, old.Proficiency.ToString(), null);
    }

    private static void RequireSkillName(string? skill) => SkillNames.Require(skill?.Trim(), "skill");

    private static void Require(bool ok, string field, string message)
    {
        if (!ok) throw ContactCenterException.Invalid(field, message);
    }

    /// <summary>Stores a profile changed by one operation with its audit entry, then lets routing see it.</summary>
    private async Task<AgentSnapshot> ApplyProfile(AgentProfile profile, string action, string field, string? old, string? @new)
    {
        profile.Validate();
        state.State.Audit.Add(time.GetUtcNow(), action, field, old, @new);
        state.State.Profile = profile;
        await state.WriteStateAsync();
        if (_work.Base == AgentPresence.LoggedOut) return Changed();
        await RefreshQueues();
        Changed();
        await PullWork();
        return Snapshot();
    }

    /// <summary>Audits a whole-profile Configure field by field; a retired agent must be restored first.</summary>
    private void AuditConfigure(AgentProfile profile)
    {
        if (state.State.Audit.Retired)
            throw ContactCenterException.Conflict($"Agent '{AgentId}' is retired; restore it before configuring it.");
        var now = time.GetUtcNow();
        if (state.State.Profile is not { } old)
        {
            state.State.Audit.Add(now, AuditActions.Create, "profile", null, $"{profile.Name} ({profile.Team}): {AuditDiff.Skills(profile.Skills)}");
            return;
        }
        state.State.Audit.Add(now, AuditActions.Configure, AuditDiff.Changed(
            ("name", old.Name, profile.Name),
            ("team", old.Team, profile.Team),
            ("skills", AuditDiff.Skills(old.Skills), AuditDiff.Skills(profile.Skills)),
            ("capacity", AuditDiff.Capacity(old.Capacity), AuditDiff.Capacity(profile.Capacity))));
    }
}
