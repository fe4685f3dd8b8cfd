using System.Net;
using System.Text.Json.Nodes;
using ContactCenter.Contracts;

namespace ContactCenter.Api.Tests.Health;

/// <summary>/healthz, /readyz and /metrics on the dashboard with its embedded silo, without signing in.</summary>
[Collection(ApiCollection.Name)]
public sealed class HealthEndpointTests(ApiFactory factory)
{
    [Fact]
    public async Task Liveness_answers_200_without_running_any_check()
    {
        var (status, body) = await Get("/healthz");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Empty(body["checks"]!.AsArray());
    }

    [Fact]
    public async Task Readiness_lists_each_check_with_its_status_and_the_embedded_silo_answers()
    {
        var (status, body) = await Get("/readyz");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.True(body["durationMs"]!.GetValue<double>() >= 0);
        var check = Assert.Single(body["checks"]!.AsArray())!;
        Assert.Equal("orleans", check["name"]!.GetValue<string>());
        Assert.Equal("Healthy", check["status"]!.GetValue<string>());
        Assert.Equal("This silo is Active and answers", check["description"]!.GetValue<string>());
        Assert.True(check["durationMs"]!.GetValue<double>() >= 0);
        Assert.NotNull(check["data"]!.AsObject());
    }

    [Fact]
    public async Task Metrics_expose_request_durations_orleans_and_the_center_meter_in_prometheus_format()
    {
        var http = factory.CreateClient();
        for (var i = 0; i < 3; i++) await http.GetAsync("/healthz");
        var api = new ApiClient(factory);
        var queue = await api.NewQueue(ApiClient.Key("metrics"));
        var created = await api.Post("/api/interactions", new { channel = "Voice", callerId = "+15550100", queueId = queue });
        Assert.Equal(HttpStatusCode.Created, created.Status);

        var text = await Scrape(http, "http_server_request_duration_seconds_count", $"queue=\"{queue}\"");
        Assert.Contains("http_server_request_duration_seconds_count{", text);
        Assert.Contains("http_route=\"/healthz\"", text);
        Assert.Contains("orleans_", text);
        Assert.Contains("dotnet_gc_", text);
        // The interaction grain counted the call it created, tagged with its queue.
        var counted = Assert.Single(text.Split('\n'), l => l.StartsWith("contact_center_interactions_created_total{") && l.Contains($"queue=\"{queue}\""));
        Assert.EndsWith(" 1", counted);
    }

    /// <summary>The exporter caches a scrape briefly and records a request when it ends, so wait for the names to appear.</summary>
    private static async Task<string> Scrape(HttpClient http, params string[] names)
    {
        var text = "";
        for (var attempt = 0; attempt < 50 && !names.All(text.Contains); attempt++)
        {
            if (attempt > 0) await Task.Delay(TimeSpan.FromMilliseconds(100)); // polls, bounded by the attempts
            var response = await http.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType);
            text = await response.Content.ReadAsStringAsync();
        }
        return text;
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> Get(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
