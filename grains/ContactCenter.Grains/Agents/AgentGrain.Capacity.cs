using ContactCenter.Grains.Audit;

namespace ContactCenter.Grains.Agents;

/// <summary>The agent's channel capacity and blending, as one audited operation (see <see cref="ChannelCapacity"/>).</summary>
public sealed partial class AgentGrain
{
    public async Task<AgentSnapshot> SetCapacity(ChannelCapacity capacity)
    {
        if (capacity is null) throw ContactCenterException.Invalid("capacity", "capacity is required.");
        capacity.Validate(AgentProfile.MaxCapacity);
        var profile = Profile;
        if (profile.Capacity == capacity) return Snapshot();
        return await ApplyProfile(profile with { Capacity = capacity }, AuditActions.SetCapacity, "capacity", Describe(profile.Capacity), Describe(capacity));
    }

    private static string Describe(ChannelCapacity c) =>
        $"voice {c.Voice}, chat {c.Chat}, email {c.Email}, callback {c.Callback}{(c.MixVoiceAndDigital ? ", blended" : "")}";
}
