using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactCenter.Api.Tests;

/// <summary>Small helpers over a signed-in HttpClient: JSON in, JSON out, and problem-details checks.</summary>
public sealed class ApiClient(ApiFactory factory, string user = "admin")
{
    private readonly Lazy<Task<HttpClient>> _http = new(() => factory.SignedIn(user));

    public static string Key(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public async Task<(HttpStatusCode Status, JsonNode? Body)> Send(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is string raw) request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        else if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await (await _http.Value).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public Task<(HttpStatusCode Status, JsonNode? Body)> Post(string path, object? body = null) => Send(HttpMethod.Post, path, body ?? new { });
    public Task<(HttpStatusCode Status, JsonNode? Body)> Put(string path, object body) => Send(HttpMethod.Put, path, body);
    public Task<(HttpStatusCode Status, JsonNode? Body)> Get(string path) => Send(HttpMethod.Get, path);

    public static void AssertFieldError((HttpStatusCode Status, JsonNode? Body) response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        var errors = response.Body?["errors"]?.AsObject();
        Assert.True(errors is not null && errors.ContainsKey(field),
            $"expected an error naming '{field}', got: {response.Body?.ToJsonString(new JsonSerializerOptions { WriteIndented = false })}");
    }

    public async Task<string> NewQueue(string skill)
    {
        var id = Key("q");
        var (status, _) = await Put($"/api/queues/{id}", new
        {
            name = "Billing", requiredSkills = new[] { new { skill, minProficiency = 3 } },
            serviceLevel = new { percent = 80, thresholdSeconds = 20 }, maxWaitSeconds = 300,
        });
        Assert.Equal(HttpStatusCode.OK, status);
        return id;
    }

    public async Task<string> NewAgent(string skill, int proficiency = 5)
    {
        var id = Key("agent");
        var (status, _) = await Put($"/api/agents/{id}", new { name = "Ann", team = "A", skills = new[] { new { skill, proficiency } } });
        Assert.Equal(HttpStatusCode.OK, status);
        return id;
    }
}
