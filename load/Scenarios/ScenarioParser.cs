using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContactCenter.Load.Scenarios;

/// <summary>Reads a scenario file and checks every field, naming the first bad one with its JSON path.</summary>
internal static class ScenarioParser
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Scenario ParseFile(string path)
    {
        if (!File.Exists(path)) throw new ScenarioException("(file)", $"scenario file {Path.GetFullPath(path)} does not exist.");
        return Parse(File.ReadAllText(path));
    }

    public static Scenario Parse(string json)
    {
        ScenarioFile? file;
        try { file = JsonSerializer.Deserialize<ScenarioFile>(json, Json); }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "(file)" : ex.Path.TrimStart('$', '.');
            throw new ScenarioException(field, $"not valid here (line {ex.LineNumber + 1}): {FirstSentence(ex.Message)}");
        }
        if (file is null) throw new ScenarioException("(file)", "the file holds no scenario.");
        return Validate(file);
    }

    private static Scenario Validate(ScenarioFile f)
    {
        var queues = Required(f.Queues, "queues").Select((q, i) => ScenarioChecks.Queue(q, $"queues[{i}]")).ToArray();
        ScenarioChecks.Unique(queues.Select(q => q.Id), "queues", "id");
        var agents = Required(f.Agents, "agents").Select((a, i) => ScenarioChecks.AgentGroup(a, i)).ToArray();
        ScenarioChecks.Unique(agents.Select(a => a.Name), "agents", "name");
        foreach (var (queue, i) in queues.Select((q, i) => (q, i)))
            if (!agents.Any(a => a.Serves(queue)))
                throw new ScenarioException($"queues[{i}].skill", $"no agent group has skill '{queue.Skill}' at proficiency {queue.MinProficiency} or more, so queue '{queue.Id}' could never be served.");
        var tiers = f.Customers is null ? [new TierSpec("standard", 1, 500)] : f.Customers.Select((t, i) => ScenarioChecks.Tier(t, $"customers[{i}]")).ToArray();
        if (tiers.Length == 0) throw new ScenarioException("customers", "give at least one tier, or leave customers out.");
        var phases = Required(f.Arrivals, "arrivals").Select((p, i) => ScenarioChecks.Phase(p, $"arrivals[{i}]")).ToArray();
        return new Scenario(
            string.IsNullOrWhiteSpace(f.Name) ? throw new ScenarioException("name", "name is required.") : f.Name,
            f.Description ?? "",
            f.Seed ?? 1,
            queues, agents, tiers,
            f.Patience is null ? DurationSpec.Never : ScenarioChecks.Duration(f.Patience, "patience", allowNone: true),
            phases,
            ScenarioChecks.Limits(f.Limits));
    }

    private static List<T> Required<T>(List<T>? list, string field) =>
        list is { Count: > 0 } ? list : throw new ScenarioException(field, $"{field} needs at least one entry.");

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
