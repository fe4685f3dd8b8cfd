using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// Checks request bodies before any grain is called and fills defaults for omitted optional parts.
/// Nulls inside lists are refused here, since the contracts' Validate() assumes them absent.
/// </summary>
internal static class BodyChecks
{
    private const int MaxIdLength = 128;

    /// <summary>Ids end up in URLs and logs: printable, no path or query characters, bounded.</summary>
    public static void RequireId(string? id, string field)
    {
        ApiValidationException.Require(!string.IsNullOrWhiteSpace(id), field, $"{field} must not be blank.");
        ApiValidationException.Require(id!.Length <= MaxIdLength && !id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '/' or '?' or '#' or '%'),
            field, $"{field} must be at most {MaxIdLength} characters, without spaces or '/', '?', '#', '%'.");
    }

    public static void RequireAttributes(IReadOnlyDictionary<string, string>? attributes)
    {
        foreach (var (key, value) in attributes ?? new Dictionary<string, string>())
        {
            ApiValidationException.Require(!string.IsNullOrWhiteSpace(key), "attributes", "attribute names must not be blank.");
            ApiValidationException.Require(value is not null, $"attributes.{key}", $"attributes.{key} must be a string.");
        }
    }

    public static AgentProfile Agent(string id, AgentProfile profile)
    {
        RequireId(id, "agentId");
        ApiValidationException.Require(profile.AgentId is null || profile.AgentId == id, "agentId", $"agentId must be '{id}' or omitted.");
        RequireNoNulls(profile.Skills, "skills");
        var checkedProfile = profile with { AgentId = id, Team = profile.Team ?? "", Capacity = profile.Capacity ?? ChannelCapacity.Default };
        checkedProfile.Validate();
        return checkedProfile;
    }

    public static QueueConfig Queue(string id, QueueConfig config)
    {
        RequireId(id, "queueId");
        ApiValidationException.Require(config.QueueId is null || config.QueueId == id, "queueId", $"queueId must be '{id}' or omitted.");
        RequireNoNulls(config.RequiredSkills, "requiredSkills");
        RequireNoNulls(config.Widening, "widening");
        var checkedConfig = config with
        {
            QueueId = id,
            Widening = config.Widening ?? [],
            Weights = config.Weights ?? PriorityWeights.Default,
            Overflow = config.Overflow ?? OverflowTarget.None,
        };
        checkedConfig.Validate();
        return checkedConfig;
    }

    /// <summary>Field names follow the directory grain's: rules[i].field.</summary>
    public static IReadOnlyList<EntryRule> Rules(IReadOnlyList<EntryRule> rules, IReadOnlySet<string> knownQueues)
    {
        RequireNoNulls(rules, "rules");
        return rules.Select((rule, i) =>
        {
            var at = $"rules[{i}]";
            ApiValidationException.Require(!string.IsNullOrWhiteSpace(rule.QueueId), $"{at}.queueId", "Every entry rule needs a queueId.");
            ApiValidationException.Require(knownQueues.Contains(rule.QueueId), $"{at}.queueId", $"Queue '{rule.QueueId}' does not exist; configure it first.");
            ApiValidationException.Require(rule.BasePriority is >= 0 and <= 100, $"{at}.basePriority", "basePriority must be between 0 and 100.");
            ApiValidationException.Require(rule.Match is not null, $"{at}.match", "Every entry rule needs a match (it may be empty: {}).");
            foreach (var (key, value) in rule.Match!)
                ApiValidationException.Require(value is not null, $"{at}.match.{key}", $"{at}.match.{key} must be a string.");
            RequireNoNulls(rule.ExtraSkills, $"{at}.extraSkills");
            foreach (var (skill, j) in (rule.ExtraSkills ?? []).Select((s, j) => (s, j)))
            {
                ApiValidationException.Require(!string.IsNullOrWhiteSpace(skill.Skill), $"{at}.extraSkills[{j}].skill", "skill name is required.");
                ApiValidationException.Require(skill.MinProficiency is >= SkillLevel.Min and <= SkillLevel.Max,
                    $"{at}.extraSkills[{j}].minProficiency", "minProficiency must be between 1 and 10.");
            }
            return rule with { Name = rule.Name ?? "", ExtraSkills = rule.ExtraSkills ?? [] };
        }).ToArray();
    }

    private static void RequireNoNulls<T>(IReadOnlyList<T>? items, string field) where T : class
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
            ApiValidationException.Require(items![i] is not null, $"{field}[{i}]", $"{field}[{i}] must not be null.");
    }
}
