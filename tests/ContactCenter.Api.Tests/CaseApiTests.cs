using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContactCenter.Contracts;
using ContactCenter.Dashboard.Live;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Api.Tests;

/// <summary>Cases over HTTP: create, read, list and page, status moves and refusals naming what is wrong.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class CaseApiTests(ApiFactory factory)
{
    private readonly ApiClient _api = new(factory, "supervisor");

    [GeneratedRegex("^case-[a-z2-7]{10}$")]
    private static partial Regex ServerCaseId();

    [Fact]
    public async Task A_case_created_without_an_id_gets_a_server_id_a_location_and_is_read_back()
    {
        var (customer, queue) = await CustomerAndQueue();
        var (status, body) = await _api.Post("/api/cases", new { customerId = customer, subject = "Router keeps rebooting", queueId = queue, priority = "High", origin = "Chat" });

        Assert.Equal(HttpStatusCode.Created, status);
        var id = body!["caseId"]!.GetValue<string>();
        Assert.Matches(ServerCaseId(), id);
        var read = (await _api.Get($"/api/cases/{id}")).Body!;
        Assert.Equal(("Router keeps rebooting", "High", "Chat", "New"),
            (read["subject"]!.GetValue<string>(), read["priority"]!.GetValue<string>(), read["origin"]!.GetValue<string>(), read["status"]!.GetValue<string>()));
        Assert.Contains("InProgress", read["allowedMoves"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public async Task Creating_again_with_the_same_id_answers_the_same_case_and_a_different_draft_is_a_conflict()
    {
        var (customer, queue) = await CustomerAndQueue();
        var id = ApiClient.Key("case");
        var draft = new { caseId = id, customerId = customer, subject = "Refund", queueId = queue };
        var first = await _api.Post("/api/cases", draft);
        var again = await _api.Post("/api/cases", draft);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.Status, again.Status));
        Assert.Equal(first.Body!["createdAt"]!.ToJsonString(), again.Body!["createdAt"]!.ToJsonString());
        Assert.Equal(HttpStatusCode.Conflict, (await _api.Post("/api/cases", new { caseId = id, customerId = customer, subject = "Something else", queueId = queue })).Status);
    }

    [Fact]
    public async Task An_illegal_status_move_is_a_409_naming_both_states_and_changes_nothing()
    {
        var id = await NewCase();
        Assert.Equal(HttpStatusCode.OK, (await _api.Post($"/api/cases/{id}/status", new { status = "InProgress" })).Status);
        var before = (await _api.Get($"/api/cases/{id}")).Body!["timeline"]!.ToJsonString();

        var (status, body) = await _api.Post($"/api/cases/{id}/status", new { status = "Closed", reason = "done" });

        Assert.Equal(HttpStatusCode.Conflict, status);
        var detail = body!["detail"]!.GetValue<string>();
        Assert.Contains("InProgress", detail);
        Assert.Contains("Closed", detail);
        var after = (await _api.Get($"/api/cases/{id}")).Body!;
        Assert.Equal("InProgress", after["status"]!.GetValue<string>());
        Assert.Equal(before, after["timeline"]!.ToJsonString());
    }

    [Fact]
    public async Task Status_moves_notes_priority_and_assignment_are_on_the_timeline_with_who()
    {
        var id = await NewCase();
        var agent = await _api.NewAgent(ApiClient.Key("skill"));
        Assert.Equal(HttpStatusCode.OK, (await _api.Post($"/api/cases/{id}/assign", new { agentId = agent })).Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.Post($"/api/cases/{id}/status", new { status = "PendingCustomer", reason = "waiting for logs" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.Post($"/api/cases/{id}/priority", new { priority = "Urgent" })).Status);
        var (status, body) = await _api.Post($"/api/cases/{id}/notes", new { text = "Customer sent the logs" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("PendingCustomer", "Urgent", agent), (body!["status"]!.GetValue<string>(), body["priority"]!.GetValue<string>(), body["agentId"]!.GetValue<string>()));
        Assert.True(body["sla"]!["paused"]!.GetValue<bool>());
        var timeline = body["timeline"]!.AsArray();
        Assert.Contains(timeline, e => e!["kind"]!.GetValue<string>() == "Note" && e["by"]!.GetValue<string>() == "supervisor" && e["detail"]!.GetValue<string>() == "Customer sent the logs");
        Assert.Contains(timeline, e => e!["kind"]!.GetValue<string>() == "StatusChanged" && e["detail"]!.GetValue<string>().Contains("waiting for logs"));
    }

    [Fact]
    public async Task A_call_of_the_same_customer_is_linked_once_and_another_customers_call_is_refused_naming_interaction_id()
    {
        var (customer, queue) = await CustomerAndQueue();
        var id = (await _api.Post("/api/cases", new { customerId = customer, subject = "Line noise", queueId = queue })).Body!["caseId"]!.GetValue<string>();
        var (call, stranger) = (ApiClient.Key("call"), ApiClient.Key("call"));
        await _api.Post("/api/interactions", new { interactionId = call, channel = "Voice", customerId = customer, queueId = queue });
        await _api.Post("/api/interactions", new { interactionId = stranger, channel = "Voice", customerId = await Customer(factory), queueId = queue });

        Assert.Equal(HttpStatusCode.OK, (await _api.Post($"/api/cases/{id}/link", new { interactionId = call })).Status);
        var again = await _api.Post($"/api/cases/{id}/link", new { interactionId = call });
        ApiClient.AssertFieldError(await _api.Post($"/api/cases/{id}/link", new { interactionId = stranger }), "interactionId");

        Assert.Equal([call], again.Body!["interactionIds"]!.AsArray().Select(i => i!.GetValue<string>()));
        Assert.Single(again.Body["timeline"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "InteractionLinked");
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field()
    {
        var (customer, queue) = await CustomerAndQueue();
        ApiClient.AssertFieldError(await _api.Post("/api/cases", new { customerId = customer, queueId = queue }), "subject");
        ApiClient.AssertFieldError(await _api.Post("/api/cases", new { subject = "x", queueId = queue }), "customerId");
        ApiClient.AssertFieldError(await _api.Post("/api/cases", new { customerId = customer, subject = "x", queueId = queue, priority = "Sometime" }), "priority");
        ApiClient.AssertFieldError(await _api.Post("/api/cases", new { customerId = customer, subject = "x", queueId = ApiClient.Key("nope") }), "queueId");
        var id = await NewCase();
        ApiClient.AssertFieldError(await _api.Post($"/api/cases/{id}/status", new { reason = "no status" }), "status");
        ApiClient.AssertFieldError(await _api.Post($"/api/cases/{id}/priority", new { }), "priority");
        ApiClient.AssertFieldError(await _api.Post($"/api/cases/{id}/notes", new { text = " " }), "text");
        ApiClient.AssertFieldError(await _api.Post($"/api/cases/{id}/link", new { }), "interactionId");
        ApiClient.AssertFieldError(await _api.Get("/api/cases?priority=Whenever"), "priority");
        ApiClient.AssertFieldError(await _api.Get("/api/cases?sla=Late"), "sla");
        ApiClient.AssertFieldError(await _api.Get("/api/cases?take=0"), "take");
        ApiClient.AssertFieldError(await _api.Get("/api/cases?skip=-1"), "skip");
        ApiClient.AssertFieldError(await _api.Get("/api/cases?open=maybe"), "open");
    }

    [Fact]
    public async Task An_unknown_case_is_a_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Get($"/api/cases/{ApiClient.Key("case")}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Post($"/api/cases/{ApiClient.Key("case")}/notes", new { text = "hello" })).Status);
    }

    [Fact]
    public async Task The_list_filters_by_queue_and_priority_and_pages()
    {
        var (customer, queue) = await CustomerAndQueue();
        foreach (var priority in new[] { "Low", "High", "High" })
            Assert.Equal(HttpStatusCode.Created, (await _api.Post("/api/cases", new { customerId = customer, subject = $"{priority} one", queueId = queue, priority })).Status);

        var all = await Eventually($"/api/cases?queue={queue}", page => page["total"]!.GetValue<int>() == 3);
        Assert.All(all["items"]!.AsArray(), c => Assert.Equal(queue, c!["queueId"]!.GetValue<string>()));
        var first = (await _api.Get($"/api/cases?queue={queue}&take=2")).Body!;
        var second = (await _api.Get($"/api/cases?queue={queue}&take=2&skip=2")).Body!;
        Assert.Equal((2, 1, 3), (first["items"]!.AsArray().Count, second["items"]!.AsArray().Count, second["total"]!.GetValue<int>()));
        Assert.Empty(first["items"]!.AsArray().Select(c => c!["caseId"]!.GetValue<string>())
            .Intersect(second["items"]!.AsArray().Select(c => c!["caseId"]!.GetValue<string>())));
        var high = (await _api.Get($"/api/cases?queue={queue}&priority=High")).Body!;
        Assert.Equal(2, high["total"]!.GetValue<int>());
        Assert.Equal(1, (await _api.Get($"/api/cases?queue={queue}&customer={customer}&priority=low")).Body!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_contract_is_put_and_read_back_and_an_unknown_time_zone_is_refused_naming_coverage_time_zone()
    {
        var id = ApiClient.Key("contract");
        ApiClient.AssertFieldError(await _api.Put($"/api/contracts/{id}", Contract("Mars/Olympus_Mons")), "coverage.timeZone");
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Get($"/api/contracts/{id}")).Status);

        var (status, _) = await _api.Put($"/api/contracts/{id}", Contract("Europe/London"));
        Assert.Equal(HttpStatusCode.OK, status);
        var read = (await _api.Get($"/api/contracts/{id}")).Body!;
        Assert.Equal(("Europe/London", 4), (read["coverage"]!["timeZone"]!.GetValue<string>(), read["targets"]!.AsArray().Count));
        Assert.Equal(HttpStatusCode.OK, (await _api.Get("/api/contracts/default-gold")).Status);
        ApiClient.AssertFieldError(await _api.Put($"/api/contracts/{id}", new { name = "No targets", coverage = new { timeZone = "UTC", days = Array.Empty<object>(), holidays = Array.Empty<string>() } }), "targets");
    }

    [Fact]
    public async Task An_escalation_policy_is_put_and_read_back_with_steps_switched_off_and_bad_minutes_are_named()
    {
        var queue = await _api.NewQueue(ApiClient.Key("skill"));
        var specialist = await _api.NewQueue(ApiClient.Key("skill"));
        Assert.Equal(30, (await _api.Get($"/api/queues/{queue}/escalation")).Body!["pickupMinutes"]!.GetValue<int>());

        var (status, _) = await _api.Put($"/api/queues/{queue}/escalation",
            new { pickupMinutes = 5, supervisorMinutes = (int?)null, managersMinutes = 10, specialistQueueId = specialist, raisePriority = false });
        Assert.Equal(HttpStatusCode.OK, status);
        var read = (await _api.Get($"/api/queues/{queue}/escalation")).Body!;
        Assert.Equal((5, true, specialist, false), (read["pickupMinutes"]!.GetValue<int>(), read["supervisorMinutes"] is null,
            read["specialistQueueId"]!.GetValue<string>(), read["raisePriority"]!.GetValue<bool>()));

        ApiClient.AssertFieldError(await _api.Put($"/api/queues/{queue}/escalation", new { pickupMinutes = 0 }), "pickupMinutes");
        ApiClient.AssertFieldError(await _api.Put($"/api/queues/{queue}/escalation", new { specialistQueueId = ApiClient.Key("nope") }), "specialistQueueId");
        Assert.Equal(5, (await _api.Get($"/api/queues/{queue}/escalation")).Body!["pickupMinutes"]!.GetValue<int>());
    }

    [Fact]
    public async Task Notifications_are_listed_for_supervisors_and_an_unknown_one_cannot_be_acknowledged()
    {
        Assert.Equal(HttpStatusCode.OK, (await _api.Get("/api/case-notifications?unacknowledged=true")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.Get("/api/case-notifications?audience=Managers")).Status);
        Assert.Equal(HttpStatusCode.OK, (await new ApiClient(factory, "admin").Get("/api/case-notifications?audience=Managers")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Post($"/api/case-notifications/{ApiClient.Key("n")}/ack")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await new ApiClient(factory, "analyst").Get("/api/case-notifications")).Status);
    }

    internal static object Contract(string zone) => new
    {
        name = "Test contract",
        targets = new[] { ("Urgent", 15, 60), ("High", 30, 120), ("Normal", 60, 240), ("Low", 120, 480) }
            .Select(t => new { priority = t.Item1, firstResponseMinutes = t.Item2, resolutionMinutes = t.Item3 }),
        coverage = new { timeZone = zone, days = new[] { new { day = "Monday", opens = "08:00", closes = "18:00" } }, holidays = Array.Empty<string>() },
    };

    private async Task<(string Customer, string Queue)> CustomerAndQueue() =>
        (await Customer(factory), await _api.NewQueue(ApiClient.Key("skill")));

    internal static async Task<string> Customer(ApiFactory factory)
    {
        var id = ApiClient.Key("cust");
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ICustomerGrain>(id)
            .Upsert(new CustomerProfile(id, "Pat Doe", 5_000, DateTimeOffset.UtcNow.AddYears(-1)));
        return id;
    }

    private async Task<string> NewCase()
    {
        var (customer, queue) = await CustomerAndQueue();
        var (status, body) = await _api.Post("/api/cases", new { customerId = customer, subject = "Billing question", queueId = queue });
        Assert.Equal(HttpStatusCode.Created, status);
        return body!["caseId"]!.GetValue<string>();
    }

    /// <summary>
    /// The board learns of a case one-way, so a list may lag its creation briefly. Reads again each time the board
    /// pushes changed case counts (its signal that it took in a change), for at most 10 s.
    /// </summary>
    private async Task<JsonNode> Eventually(string path, Func<JsonNode, bool> done)
    {
        var feed = factory.Services.GetRequiredService<LiveFeed>();
        using var pushed = new SemaphoreSlim(0);
        void OnCounts(CaseCounts _) => pushed.Release();
        feed.CasesChanged += OnCounts;
        try
        {
            var until = DateTime.UtcNow.AddSeconds(10);
            while (true)
            {
                var body = (await _api.Get(path)).Body!;
                var left = until - DateTime.UtcNow;
                if (done(body) || left <= TimeSpan.Zero || !await pushed.WaitAsync(left)) return body;
            }
        }
        finally { feed.CasesChanged -= OnCounts; }
    }
}
