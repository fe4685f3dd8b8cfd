using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// Turns request bodies into commands: the id comes from the route and omitted optional parts get their
/// defaults. Every rule about what is valid lives in the contracts and is enforced by the owning grain.
/// </summary>
internal static class BodyChecks
{
    public static AgentProfile Agent(string id, AgentProfile? profile)
    {
        RequireBody(profile);
        ApiValidationException.Require(profile!.AgentId is null || profile.AgentId == id, "agentId", $"agentId must be '{id}' or omitted.");
        return profile with { AgentId = id, Team = profile.Team ?? "", Capacity = profile.Capacity ?? ChannelCapacity.Default };
    }

    public static QueueConfig Queue(string id, QueueConfig? config)
    {
        RequireBody(config);
        ApiValidationException.Require(config!.QueueId is null || config.QueueId == id, "queueId", $"queueId must be '{id}' or omitted.");
        return config with
        {
            QueueId = id,
            Widening = config.Widening ?? [],
            Weights = config.Weights ?? PriorityWeights.Default,
            Overflow = config.Overflow ?? OverflowTarget.None,
        };
    }

    /// <summary>A rule may omit its name and extra skills; nulls in the list are left for the directory to name.</summary>
    public static IReadOnlyList<EntryRule> Rules(IReadOnlyList<EntryRule>? rules)
    {
        RequireBody(rules);
        return rules!.Select(rule => rule is null ? rule! : rule with { Name = rule.Name ?? "", ExtraSkills = rule.ExtraSkills ?? [] }).ToArray();
    }

    private static void RequireBody(object? body) =>
        ApiValidationException.Require(body is not null, "body", "A JSON request body is required.");
}
