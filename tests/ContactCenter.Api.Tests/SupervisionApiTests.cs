using System.Net;

namespace ContactCenter.Api.Tests;

/// <summary>Supervisor edits as single operations, retiring with named refusals, and audit trails over HTTP.</summary>
[Collection(ApiCollection.Name)]
public sealed class SupervisionApiTests(ApiFactory factory)
{
    private readonly ApiClient _api = new(factory, "supervisor");

    private Task<(HttpStatusCode Status, System.Text.Json.Nodes.JsonNode? Body)> Delete(string path) => _api.Send(HttpMethod.Delete, path);

    [Fact]
    public async Task A_skill_change_shows_in_the_agents_audit_with_who_old_and_new()
    {
        var skill = ApiClient.Key("billing");
        var agent = await _api.NewAgent(skill, 4);

        var (status, body) = await _api.Put($"/api/agents/{agent}/skills/{skill}", new { proficiency = 7 });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(7, body!["profile"]!["skills"]![0]!["proficiency"]!.GetValue<int>());

        var audit = (await _api.Get($"/api/agents/{agent}/audit")).Body!.AsArray();
        var newest = audit[0]!;
        Assert.Equal(("supervisor", "skill.set", skill, "4", "7"),
            (newest["by"]!.GetValue<string>(), newest["action"]!.GetValue<string>(), newest["field"]!.GetValue<string>(),
             newest["old"]!.GetValue<string>(), newest["new"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_refused_proficiency_is_a_400_naming_the_field_and_adds_nothing_to_the_audit()
    {
        var skill = ApiClient.Key("billing");
        var agent = await _api.NewAgent(skill, 4);
        var before = (await _api.Get($"/api/agents/{agent}/audit")).Body!.ToJsonString();

        ApiClient.AssertFieldError(await _api.Put($"/api/agents/{agent}/skills/{skill}", new { proficiency = 11 }), "proficiency");
        ApiClient.AssertFieldError(await _api.Put($"/api/agents/{agent}/skills/{skill}", new { }), "proficiency");
        Assert.Equal(HttpStatusCode.Conflict, (await Delete($"/api/agents/{agent}/skills/{skill}")).Status);

        Assert.Equal(before, (await _api.Get($"/api/agents/{agent}/audit")).Body!.ToJsonString());
        Assert.Equal(4, (await _api.Get($"/api/agents/{agent}")).Body!["profile"]!["skills"]![0]!["proficiency"]!.GetValue<int>());
    }

    [Fact]
    public async Task Removing_a_skill_is_audited_with_its_old_level()
    {
        var (a, b) = (ApiClient.Key("billing"), ApiClient.Key("sales"));
        var agent = await _api.NewAgent(a, 4);
        await _api.Put($"/api/agents/{agent}/skills/{b}", new { proficiency = 2 });
        Assert.Equal(HttpStatusCode.OK, (await Delete($"/api/agents/{agent}/skills/{b}")).Status);
        var newest = (await _api.Get($"/api/agents/{agent}/audit")).Body!.AsArray()[0]!;
        Assert.Equal(("skill.remove", "2"), (newest["action"]!.GetValue<string>(), newest["old"]!.GetValue<string>()));
        Assert.Null(newest["new"]);
    }

    [Fact]
    public async Task Service_level_changes_only_the_given_fields_and_the_queue_audit_shows_them()
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        var (status, body) = await _api.Put($"/api/queues/{queue}/service-level", new { maxWaitSeconds = 90 });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((80.0, 90), (body!["config"]!["serviceLevel"]!["percent"]!.GetValue<double>(), body["config"]!["maxWaitSeconds"]!.GetValue<int>()));

        var newest = (await _api.Get($"/api/queues/{queue}/audit")).Body!.AsArray()[0]!;
        Assert.Equal(("supervisor", "maxWaitSeconds", "300", "90"),
            (newest["by"]!.GetValue<string>(), newest["field"]!.GetValue<string>(), newest["old"]!.GetValue<string>(), newest["new"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("{\"percent\": 150}", "serviceLevel.percent")]
    [InlineData("{\"thresholdSeconds\": 0}", "serviceLevel.thresholdSeconds")]
    [InlineData("{\"maxWaitSeconds\": -1}", "maxWaitSeconds")]
    public async Task Invalid_targets_are_a_400_naming_the_field_and_change_nothing(string body, string field)
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        var before = (await _api.Get($"/api/queues/{queue}/audit")).Body!.ToJsonString();
        ApiClient.AssertFieldError(await _api.Put($"/api/queues/{queue}/service-level", body), field);
        var config = (await _api.Get($"/api/queues/{queue}")).Body!["config"]!;
        Assert.Equal((80.0, 300), (config["serviceLevel"]!["percent"]!.GetValue<double>(), config["maxWaitSeconds"]!.GetValue<int>()));
        Assert.Equal(before, (await _api.Get($"/api/queues/{queue}/audit")).Body!.ToJsonString());
    }

    [Fact]
    public async Task The_wrap_up_limit_is_set_and_cleared()
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        Assert.Equal(120, (await _api.Put($"/api/queues/{queue}/wrap-up", new { wrapUpSeconds = 120 })).Body!["config"]!["wrapUpSeconds"]!.GetValue<int>());
        ApiClient.AssertFieldError(await _api.Put($"/api/queues/{queue}/wrap-up", new { wrapUpSeconds = 4000 }), "wrapUpSeconds");
        Assert.Null((await _api.Put($"/api/queues/{queue}/wrap-up", "{\"wrapUpSeconds\": null}")).Body!["config"]!["wrapUpSeconds"]);
    }

    [Fact]
    public async Task Retiring_a_queue_with_a_waiting_call_is_a_409_naming_why_then_a_204_once_it_is_gone()
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        var call = (await _api.Post("/api/interactions", new { channel = "Voice", queueId = queue })).Body!["interactionId"]!.GetValue<string>();

        var refused = await Delete($"/api/queues/{queue}");
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("waiting", refused.Body!["detail"]!.GetValue<string>());

        await _api.Post($"/api/interactions/{call}/abandoned");
        Assert.Equal(HttpStatusCode.NoContent, (await Delete($"/api/queues/{queue}")).Status);
        var read = await _api.Get($"/api/queues/{queue}");
        Assert.Equal(HttpStatusCode.NotFound, read.Status);
        Assert.Contains("retired", read.Body!["detail"]!.GetValue<string>());
        Assert.DoesNotContain((await _api.Get("/api/queues")).Body!.AsArray(), q => q!["config"]!["queueId"]!.GetValue<string>() == queue);
        Assert.Equal("retire", (await _api.Get($"/api/queues/{queue}/audit")).Body!.AsArray()[0]!["action"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Conflict, (await _api.Put($"/api/queues/{queue}", new
        {
            name = "Billing", requiredSkills = new[] { new { skill = "x", minProficiency = 3 } },
            serviceLevel = new { percent = 80, thresholdSeconds = 20 }, maxWaitSeconds = 300,
        })).Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.Post($"/api/queues/{queue}/restore")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.Get($"/api/queues/{queue}")).Status);
    }

    [Fact]
    public async Task Retiring_a_logged_in_agent_is_a_409_and_a_logged_out_one_leaves_the_list()
    {
        var agent = await _api.NewAgent(ApiClient.Key("billing"));
        await _api.Post($"/api/agents/{agent}/login");
        var refused = await Delete($"/api/agents/{agent}");
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("logged in", refused.Body!["detail"]!.GetValue<string>());

        await _api.Post($"/api/agents/{agent}/logout");
        Assert.Equal(HttpStatusCode.NoContent, (await Delete($"/api/agents/{agent}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Get($"/api/agents/{agent}")).Status);
        Assert.DoesNotContain((await _api.Get("/api/agents")).Body!.AsArray(), a => a!["profile"]!["agentId"]!.GetValue<string>() == agent);
    }

    [Fact]
    public async Task Make_ready_applies_to_a_not_ready_agent_and_is_a_409_naming_the_states_otherwise()
    {
        var agent = await _api.NewAgent(ApiClient.Key("billing"));
        var loggedOut = await _api.Post($"/api/agents/{agent}/force", new { presence = "Ready", reason = "queue is long" });
        Assert.Equal(HttpStatusCode.Conflict, loggedOut.Status);
        Assert.Contains("from LoggedOut to Ready", loggedOut.Body!["detail"]!.GetValue<string>());

        await _api.Post($"/api/agents/{agent}/login");
        var (status, body) = await _api.Post($"/api/agents/{agent}/force", new { presence = "Ready", reason = "queue is long" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Ready", body!["presence"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_entry_rule_is_retired_by_name_and_audited()
    {
        var admin = new ApiClient(factory, "admin");
        var queue = await admin.NewQueue(ApiClient.Key("billing"));
        var name = ApiClient.Key("rule");
        var rules = new[] { new { name, match = new { intent = ApiClient.Key("x") }, queueId = queue } };
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Put("/api/entry-rules", rules)).Status);

        Assert.Equal(HttpStatusCode.Conflict, (await admin.Send(HttpMethod.Delete, $"/api/queues/{queue}")).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Send(HttpMethod.Delete, $"/api/entry-rules/{name}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Send(HttpMethod.Delete, $"/api/entry-rules/{ApiClient.Key("nope")}")).Status);
        var audit = (await admin.Get("/api/entry-rules/audit")).Body!.AsArray().Where(e => e!["field"]!.GetValue<string>() == name).ToList();
        Assert.Equal(["retire", "entry-rule"], audit.Select(e => e!["action"]!.GetValue<string>()));
        Assert.All(audit, e => Assert.Equal("admin", e!["by"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Put("/api/entry-rules", Array.Empty<object>())).Status);
    }

    [Theory]
    [InlineData("DELETE", "/api/queues/x")]
    [InlineData("DELETE", "/api/agents/x")]
    [InlineData("DELETE", "/api/entry-rules/x")]
    [InlineData("PUT", "/api/agents/x/skills/y")]
    [InlineData("PUT", "/api/queues/x/service-level")]
    [InlineData("POST", "/api/agents/x/force")]
    public async Task An_analyst_may_not_retire_or_edit(string method, string path)
    {
        var analyst = new ApiClient(factory, "analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.Send(new HttpMethod(method), path, method == "DELETE" ? null : new { })).Status);
    }
}
