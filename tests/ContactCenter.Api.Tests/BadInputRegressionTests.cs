using System.Net;
using System.Text;
using ContactCenter.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContactCenter.Api.Tests;

/// <summary>Issue 12: each class of 5xx the fuzzer found, and the inputs that were accepted without a check.</summary>
[Collection(ApiCollection.Name)]
public sealed class BadInputRegressionTests(ApiFactory factory)
{
    private readonly ApiClient _api = new(factory);

    private static object Queue(object? weights = null, object? retention = null, object? overflow = null, string name = "Billing", object? requiredSkills = null) => new
    {
        name, requiredSkills = requiredSkills ?? new[] { new { skill = "billing", minProficiency = 3 } },
        serviceLevel = new { percent = 80, thresholdSeconds = 20 }, maxWaitSeconds = 300, weights, retention, overflow,
    };

    [Theory]
    [InlineData("GET", "/api/queues/%20")]
    [InlineData("PUT", "/api/queues/%20")]
    [InlineData("POST", "/api/agents/%09/login")]
    [InlineData("GET", "/api/interactions/%20")]
    [InlineData("POST", "/api/interactions/%20/abandoned")]
    [InlineData("GET", "/api/churn/customers/%20")]
    [InlineData("GET", "/api/queues/a%5C..%5Cb")]
    [InlineData("GET", "/api/queues/a;b")]
    [InlineData("GET", "/api/queues/a~b")]
    [InlineData("GET", "/api/queues/a%2Fb")]
    [InlineData("GET", "/api/queues/caf%C3%A9")]
    public async Task A_hostile_id_in_the_route_is_a_400_naming_the_route_parameter(string method, string path)
    {
        var body = method == "GET" ? null : method == "PUT" ? Queue() : new { };
        ApiClient.AssertFieldError(await _api.Send(new HttpMethod(method), path, body), "id");
    }

    [Fact]
    public async Task A_200000_character_route_id_is_refused()
    {
        var (status, _) = await _api.Send(HttpMethod.Get, $"/api/queues/{new string('a', 200_000)}");
        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.RequestUriTooLong, $"{status}");
    }

    [Fact]
    public async Task A_body_in_an_unknown_charset_is_a_400_and_creates_nothing()
    {
        var id = ApiClient.Key("q");
        using var http = await factory.SignedIn("admin");
        using var content = new StringContent(System.Text.Json.JsonSerializer.Serialize(Queue()), Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=bogus");
        using var response = await http.PutAsync($"/api/queues/{id}", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("bogus", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Get($"/api/queues/{id}")).Status);
    }

    [Theory]
    [InlineData("""{"base":"NaN"}""", "weights.base")]
    [InlineData("""{"tier":"Infinity"}""", "weights.tier")]
    [InlineData("""{"churnValue":"-Infinity"}""", "weights.churnValue")]
    [InlineData("""{"agingPerSecond":1e309}""", "weights.agingPerSecond")]
    [InlineData("""{"slaMargin":1e300}""", "weights.slaMargin")]
    [InlineData("""{"base":-1}""", "weights.base")]
    public async Task Poisoned_weights_are_refused_and_the_queue_lists_still_read(string weights, string field)
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        var before = (await _api.Get($"/api/queues/{queue}")).Body!["config"]!.ToJsonString();
        var body = System.Text.Json.JsonSerializer.Serialize(Queue()).Replace("\"weights\":null", $"\"weights\":{weights}");
        ApiClient.AssertFieldError(await _api.Put($"/api/queues/{queue}", body), field);
        Assert.Equal(before, (await _api.Get($"/api/queues/{queue}")).Body!["config"]!.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, (await _api.Get("/api/queues")).Status);
    }

    [Theory]
    [InlineData("1e309")]
    [InlineData("\"NaN\"")]
    [InlineData("1e300")]
    public async Task A_poisoned_retention_value_never_stores_the_queue(string minValue)
    {
        var id = ApiClient.Key("q");
        var body = System.Text.Json.JsonSerializer.Serialize(Queue()).Replace("\"retention\":null", $"\"retention\":{{\"minValue\":{minValue}}}");
        ApiClient.AssertFieldError(await _api.Put($"/api/queues/{id}", body), "retention.minValue");
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Get($"/api/queues/{id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.Get("/api/queues")).Status);
    }

    [Fact]
    public async Task The_largest_weights_allowed_still_score_once_callers_wait()
    {
        var queue = ApiClient.Key("q");
        var max = new { @base = 1e6, tier = 1e6, churnValue = 1e6, agingPerSecond = 1e6, slaMargin = 1e6 };
        Assert.Equal(HttpStatusCode.OK, (await _api.Put($"/api/queues/{queue}", Queue(weights: max))).Status);
        Assert.Equal(HttpStatusCode.Created, (await _api.Post("/api/interactions", new { channel = "Voice", queueId = queue, basePriority = 100 })).Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.Get($"/api/queues/{queue}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.Get("/api/queues")).Status);
    }

    [Fact]
    public async Task A_non_ascii_interaction_id_is_refused_before_anything_is_created()
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        ApiClient.AssertFieldError(await _api.Post("/api/interactions", new { interactionId = "sec-repro-é", channel = "Voice", queueId = queue }), "interactionId");
        Assert.Empty((await _api.Get($"/api/queues/{queue}")).Body!["waiting"]!.AsArray());
    }

    [Theory]
    [InlineData("/\t/x")]
    [InlineData("/\u0001")]
    [InlineData("/café")]
    [InlineData("/a\r\nSet-Cookie: x=y")]
    public async Task Signing_in_with_a_control_character_in_the_return_url_lands_on_the_role_landing_page(string returnUrl)
    {
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await LoginForm.SignInAsync(browser, "admin", ApiFactory.Password, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/wallboard", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("cust/with/slash")]
    [InlineData("cust\0nul")]
    public async Task A_hostile_customer_id_is_refused(string customerId)
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        ApiClient.AssertFieldError(await _api.Post("/api/interactions", new { channel = "Voice", queueId = queue, customerId }), "customerId");
        Assert.Empty((await _api.Get($"/api/queues/{queue}")).Body!["waiting"]!.AsArray());
    }

    [Fact]
    public async Task A_200000_character_customer_id_is_refused()
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        ApiClient.AssertFieldError(await _api.Post("/api/interactions", new { channel = "Voice", queueId = queue, customerId = new string('c', 200_000) }), "customerId");
    }

    [Fact]
    public async Task Overflow_to_a_queue_that_does_not_exist_is_refused()
    {
        var id = ApiClient.Key("q");
        ApiClient.AssertFieldError(await _api.Put($"/api/queues/{id}", Queue(overflow: new { kind = "Queue", queueId = ApiClient.Key("missing") })), "overflow.queueId");
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Get($"/api/queues/{id}")).Status);
    }

    [Fact]
    public async Task A_one_megabyte_name_or_a_nul_in_a_name_is_refused()
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        ApiClient.AssertFieldError(await _api.Put($"/api/queues/{queue}", Queue(name: new string('n', 1 << 20))), "name");
        ApiClient.AssertFieldError(await _api.Put($"/api/queues/{queue}", Queue(name: "Bil\0ling")), "name");
        ApiClient.AssertFieldError(await _api.Put($"/api/agents/{ApiClient.Key("agent")}", new { name = "A\0nn", skills = new[] { new { skill = "billing", proficiency = 5 } } }), "name");
        Assert.Equal("Billing", (await _api.Get($"/api/queues/{queue}")).Body!["config"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Twenty_thousand_duplicate_skills_are_refused()
    {
        var agent = ApiClient.Key("agent");
        var skills = Enumerable.Repeat(new { skill = "billing", proficiency = 5 }, 20_000).ToArray();
        ApiClient.AssertFieldError(await _api.Put($"/api/agents/{agent}", new { name = "Ann", skills }), "skills");
        ApiClient.AssertFieldError(await _api.Put($"/api/agents/{agent}", new { name = "Ann", skills = skills.Take(3).ToArray() }), "skills[1].skill");
        ApiClient.AssertFieldError(await _api.Put($"/api/queues/{ApiClient.Key("q")}", Queue(requiredSkills: skills.Take(2).Select(s => new { s.skill, minProficiency = 1 }).ToArray())),
            "requiredSkills[1].skill");
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Get($"/api/agents/{agent}")).Status);
    }

    [Theory]
    [InlineData("a\\..\\b")]
    [InlineData("a;b")]
    [InlineData("a~b")]
    [InlineData(" ")]
    public async Task Ids_with_path_or_shell_characters_are_refused_in_bodies(string id)
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        ApiClient.AssertFieldError(await _api.Post("/api/interactions", new { interactionId = id, channel = "Voice", queueId = queue }), "interactionId");
        ApiClient.AssertFieldError(await _api.Put($"/api/queues/{ApiClient.Key("q")}", Queue(overflow: new { kind = "Queue", queueId = id })), "overflow.queueId");
    }

    [Fact]
    public async Task A_retry_with_the_same_interaction_id_and_request_returns_the_first_result()
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        var id = ApiClient.Key("call");
        var request = new { interactionId = id, channel = "Voice", queueId = queue, callerId = "+15550100", attributes = new { intent = "billing" } };
        var first = await _api.Post("/api/interactions", request);
        var retry = await _api.Post("/api/interactions", request);
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.Status, retry.Status));
        Assert.Equal(first.Body!["createdAt"]!.ToJsonString(), retry.Body!["createdAt"]!.ToJsonString());
        Assert.Single((await _api.Get($"/api/queues/{queue}")).Body!["waiting"]!.AsArray());
    }

    [Fact]
    public async Task Attribute_names_that_differ_only_in_case_are_refused()
    {
        var queue = await _api.NewQueue(ApiClient.Key("billing"));
        ApiClient.AssertFieldError(await _api.Post("/api/interactions", """{"channel":"Voice","queueId":"QUEUE","attributes":{"intent":"a","INTENT":"b"}}""".Replace("QUEUE", queue)),
            "attributes");
    }
}
