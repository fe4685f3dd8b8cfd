using System.Text.Json.Nodes;
using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Tests.Scenarios;

/// <summary>
/// A small valid scenario and a way to change one field of it by its JSON path, so each test names the
/// field it breaks in the same terms as <see cref="ScenarioException.Field"/>.
/// </summary>
internal static class ScenarioJson
{
    public const string Valid = """
        {
          "name": "probe",
          "seed": 7,
          "queues": [ { "id": "sales", "skill": "sales" } ],
          "agents": [ { "name": "team", "count": 3, "skills": { "sales": 5 }, "handleTime": { "distribution": "exponential", "meanSeconds": 60 } } ],
          "arrivals": [ { "kind": "steady", "durationSeconds": 3600, "perMinute": 2 } ]
        }
        """;

    /// <summary>
    /// The valid scenario with each path set to a JSON value (null removes the property). Paths look like
    /// "queues[0].serviceLevel.percent"; missing objects on the way are created.
    /// </summary>
    public static string With(params (string Path, string? Json)[] edits)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        foreach (var (path, json) in edits) Set(root, path, json);
        return root.ToJsonString();
    }

    public static Scenario Parse(params (string Path, string? Json)[] edits) => ScenarioParser.Parse(With(edits));

    public static ScenarioException Rejected(params (string Path, string? Json)[] edits) => RejectedText(With(edits));

    public static ScenarioException RejectedText(string json) => Assert.Throws<ScenarioException>(() => ScenarioParser.Parse(json));

    private static void Set(JsonObject root, string path, string? json)
    {
        var steps = path.Split('.');
        JsonNode node = root;
        for (var i = 0; i < steps.Length - 1; i++)
        {
            var (name, index) = Step(steps[i]);
            var child = node[name];
            if (child is null)
            {
                child = index is null ? new JsonObject() : throw new InvalidOperationException($"no array at {steps[i]}");
                node[name] = child;
            }

            node = index is { } at ? child[at] ?? throw new InvalidOperationException($"no element {steps[i]}") : child;
        }

        var (last, lastIndex) = Step(steps[^1]);
        if (lastIndex is { } element) node[last]![element] = json is null ? null : JsonNode.Parse(json);
        else if (json is null) node.AsObject().Remove(last);
        else node[last] = JsonNode.Parse(json);
    }

    private static (string Name, int? Index) Step(string step)
    {
        var open = step.IndexOf('[', StringComparison.Ordinal);
        return open < 0 ? (step, null) : (step[..open], int.Parse(step[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
