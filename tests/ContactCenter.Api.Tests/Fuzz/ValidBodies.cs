using System.Text.Json.Nodes;

namespace ContactCenter.Api.Tests.Fuzz;

/// <summary>
/// A plausible, usually valid body for each endpoint the fuzzer knows, and random mutations of it.
/// An endpoint it does not know gets an empty object, then mutations of that.
/// </summary>
public sealed class ValidBodies(Random random, FuzzPool pool)
{
    private static readonly string[] Channels = ["Voice", "Chat", "Email", "Callback"];

    public JsonNode For(FuzzEndpoint endpoint) => (endpoint.Method, endpoint.Pattern) switch
    {
        ("PUT", "/api/queues/{id}") => Queue(),
        ("PUT", "/api/agents/{id}") => Agent(),
        ("PUT", "/api/entry-rules") => Rules(),
        ("POST", "/api/interactions") => NewInteraction(),
        ("POST", "/api/agents/{id}/not-ready") => new JsonObject { ["reason"] = Pick("break", "lunch", "training") },
        ("POST", "/api/agents/{id}/accept") or ("POST", "/api/agents/{id}/decline") => new JsonObject { ["interactionId"] = pool.Interaction() },
        ("POST", "/api/agents/{id}/complete") => new JsonObject { ["interactionId"] = pool.Interaction(), ["wrapUpCode"] = "resolved", ["notes"] = "ok\nthanks" },
        ("POST", "/api/interactions/{id}/transfer") => random.Next(2) == 0 ? new JsonObject { ["queueId"] = pool.Queue() } : new JsonObject { ["agentId"] = pool.Agent() },
        ("POST", "/api/interactions/{id}/satisfaction") => new JsonObject { ["score"] = random.Next(1, 6) },
        ("POST", "/api/cases") => NewCase(),
        ("POST", "/api/cases/{id}/status") => new JsonObject { ["status"] = Pick(Statuses), ["reason"] = Pick("waiting", "done\nthanks") },
        ("POST", "/api/cases/{id}/assign") => random.Next(2) == 0 ? new JsonObject { ["agentId"] = pool.Agent() } : new JsonObject { ["queueId"] = pool.Queue() },
        ("POST", "/api/cases/{id}/priority") => new JsonObject { ["priority"] = Pick(Priorities) },
        ("POST", "/api/cases/{id}/notes") => new JsonObject { ["text"] = Pick("Called back", "Zoë sent logs\nsee attachment") },
        ("POST", "/api/cases/{id}/link") => new JsonObject { ["interactionId"] = pool.Interaction() },
        ("PUT", "/api/contracts/{id}") => Contract(),
        ("PUT", "/api/queues/{id}/escalation") => new JsonObject
        {
            ["pickupMinutes"] = random.Next(2) == 0 ? null : random.Next(1, 120), ["supervisorMinutes"] = random.Next(1, 60),
            ["managersMinutes"] = random.Next(1, 60), ["specialistQueueId"] = random.Next(2) == 0 ? null : pool.Queue(), ["raisePriority"] = random.Next(2) == 0,
        },
        _ => new JsonObject(),
    };

    private static readonly string[] Statuses = ["New", "Assigned", "InProgress", "PendingCustomer", "Resolved", "Closed", "Reopened"];
    private static readonly string[] Priorities = ["Low", "Normal", "High", "Urgent"];

    private JsonObject NewCase() => new()
    {
        ["caseId"] = random.Next(2) == 0 ? null : pool.Case(),
        ["customerId"] = pool.Customer(),
        ["subject"] = Pick("Router reboots", "Zoë's refund"),
        ["queueId"] = pool.Queue(),
        ["priority"] = Pick(Priorities),
        ["origin"] = Channels[random.Next(Channels.Length)],
    };

    private JsonObject Contract() => new()
    {
        ["name"] = Pick("Fuzz gold", "Zoë's contract"),
        ["targets"] = new JsonArray(Priorities.Select((p, i) => (JsonNode)new JsonObject
            { ["priority"] = p, ["firstResponseMinutes"] = 30 * (i + 1), ["resolutionMinutes"] = 240 * (i + 1) }).ToArray()),
        ["coverage"] = new JsonObject
        {
            ["timeZone"] = Pick("Europe/London", "America/New_York", "UTC"),
            ["days"] = new JsonArray(new JsonObject { ["day"] = "Monday", ["opens"] = "08:00", ["closes"] = "18:00" },
                new JsonObject { ["day"] = "Friday", ["opens"] = "09:00", ["closes"] = "24:00" }),
            ["holidays"] = new JsonArray("2026-12-25"),
        },
    };

    private JsonObject Queue()
    {
        var overflow = random.Next(3) switch
        {
            0 => new JsonObject { ["kind"] = "Queue", ["queueId"] = pool.Queue() },
            1 => new JsonObject { ["kind"] = "Callback" },
            _ => null,
        };
        return new JsonObject
        {
            ["name"] = Pick("Billing", "Sales", "Zoë's queue"),
            ["requiredSkills"] = new JsonArray(new JsonObject { ["skill"] = pool.Skill(), ["minProficiency"] = random.Next(1, 11) }),
            ["serviceLevel"] = new JsonObject { ["percent"] = 80, ["thresholdSeconds"] = 20 },
            ["maxWaitSeconds"] = random.Next(1, 600),
            ["overflow"] = overflow,
            ["widening"] = new JsonArray(new JsonObject { ["afterSeconds"] = 30, ["lowerProficiencyBy"] = 1, ["backupSkill"] = new JsonObject { ["skill"] = pool.Skill(), ["minProficiency"] = 3 } }),
            ["weights"] = new JsonObject { ["base"] = 10, ["tier"] = 15, ["churnValue"] = 5, ["agingPerSecond"] = 0.5, ["slaMargin"] = 20 },
            ["retention"] = random.Next(2) == 0 ? null : new JsonObject { ["skill"] = "retention", ["minProficiency"] = 5, ["minRisk"] = 0.5, ["minValue"] = 2000 },
            ["offerTimeoutSeconds"] = 15,
            ["wrapUpSeconds"] = random.Next(2) == 0 ? null : 60,
        };
    }

    private JsonObject Agent() => new()
    {
        ["name"] = Pick("Ann", "Bob", "Zoë"),
        ["team"] = "A",
        ["skills"] = new JsonArray(
            new JsonObject { ["skill"] = FuzzPool.Skills[0], ["proficiency"] = random.Next(1, 11) },
            new JsonObject { ["skill"] = FuzzPool.Skills[1 + random.Next(3)], ["proficiency"] = random.Next(1, 11) }),
        ["capacity"] = new JsonObject { ["voice"] = 1, ["chat"] = random.Next(0, 4), ["email"] = 2, ["callback"] = 1 },
    };

    private JsonArray Rules() => new(
        new JsonObject
        {
            ["name"] = "fuzz", ["match"] = new JsonObject { ["intent"] = "billing" }, ["channel"] = null, ["queueId"] = pool.Queue(),
            ["extraSkills"] = new JsonArray(), ["basePriority"] = random.Next(0, 101),
        },
        new JsonObject { ["name"] = "else", ["match"] = new JsonObject(), ["queueId"] = pool.Queue() });

    private JsonObject NewInteraction() => new()
    {
        ["interactionId"] = random.Next(3) == 0 ? null : pool.Interaction(),
        ["channel"] = Channels[random.Next(Channels.Length)],
        ["customerId"] = random.Next(2) == 0 ? null : pool.Customer(),
        ["callerId"] = "+15550100",
        ["attributes"] = new JsonObject { ["intent"] = "billing" },
        ["basePriority"] = random.Next(0, 101),
        ["queueId"] = random.Next(3) == 0 ? null : pool.Queue(),
    };

    /// <summary>One change to a valid body: a hostile value somewhere, a removed or unknown member, a blown-up list.</summary>
    public JsonNode Mutate(JsonNode body)
    {
        var nodes = All(body).ToList();
        var (parent, key, index) = nodes[random.Next(nodes.Count)];
        switch (random.Next(5))
        {
            case 0 when parent is JsonObject o && key is not null:
                o.Remove(key);
                break;
            case 1 when parent is JsonArray a && index is { } i && a[i] is { } item:
                var copies = random.Next(2) == 0 ? 2 : 200;
                for (var c = 0; c < copies; c++) a.Add(item.DeepClone());
                break;
            case 2 when parent is JsonObject o:
                o["unknown" + random.Next(3)] = Hostile.Value(random);
                break;
            default:
                Replace(parent, key, index, Hostile.Value(random));
                break;
        }
        return body;
    }

    private static void Replace(JsonNode? parent, string? key, int? index, JsonNode? value)
    {
        if (parent is JsonObject o && key is not null) o[key] = value;
        else if (parent is JsonArray a && index is { } i) a[i] = value;
    }

    /// <summary>Every member and element with where it sits; the root itself has no parent.</summary>
    private static IEnumerable<(JsonNode? Parent, string? Key, int? Index)> All(JsonNode root)
    {
        var stack = new Stack<JsonNode>([root]);
        var any = false;
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is JsonObject o)
                foreach (var (k, v) in o.ToList())
                {
                    any = true;
                    yield return (o, k, null);
                    if (v is not null) stack.Push(v);
                }
            else if (node is JsonArray a)
                for (var i = 0; i < a.Count; i++)
                {
                    any = true;
                    yield return (a, null, i);
                    if (a[i] is { } v) stack.Push(v);
                }
        }
        if (!any) yield return (root, "x", null);
    }

    private string Pick(params string[] items) => items[random.Next(items.Length)];
}
