using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace ContactCenter.Load.PushLatency;

/// <summary>
/// A signed-in API session against the dashboard (the same login form a person uses). Keeps the cookies
/// itself, so the same sign-in also authenticates SignalR connections (<see cref="Cookie"/>) and works over
/// any handler (a socket, or an in-process test server).
/// </summary>
internal sealed partial class DashboardSession(HttpClient http, string cookie) : IDisposable
{
    /// <summary>The sign-in cookie as a Cookie header value.</summary>
    public string Cookie => cookie;

    public Uri Url => http.BaseAddress!;

    public static async Task<DashboardSession> SignInAsync(Uri url, string user, string password, CancellationToken ct, HttpMessageHandler? handler = null)
    {
        var http = new HttpClient(handler ?? new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 256 })
        {
            BaseAddress = url,
        };
        var form = await http.GetAsync("/login", ct);
        var token = TokenPattern().Match(await form.Content.ReadAsStringAsync(ct)).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["UserName"] = user, ["Password"] = password, ["ReturnUrl"] = "/",
            }),
        };
        post.Headers.Add("Cookie", Cookies(form));
        var response = await http.SendAsync(post, ct);
        // Signed in: the role's own page; refused: back to /login with an error.
        if (response.Headers.Location?.OriginalString is not { } to || to.StartsWith("/login"))
            throw new InvalidOperationException($"Could not sign in to {url} as '{user}': check --user and --password.");
        var auth = Cookies(response);
        http.DefaultRequestHeaders.Add("Cookie", auth);
        return new DashboardSession(http, auth);
    }

    public async Task PutQueueAsync(string queueId, CancellationToken ct) =>
        (await http.PutAsJsonAsync($"/api/queues/{queueId}", new
        {
            name = "Push latency probe", requiredSkills = new[] { new { skill = $"{queueId}-nobody", minProficiency = 10 } },
            serviceLevel = new { percent = 80, thresholdSeconds = 20 }, maxWaitSeconds = 86_400,
        }, ct)).EnsureSuccessStatusCode();

    /// <summary>Creates or renames an agent no queue serves (its only skill is one nobody asks for).</summary>
    public async Task PutAgentAsync(string agentId, string name, CancellationToken ct) =>
        (await http.PutAsJsonAsync($"/api/agents/{agentId}", new
        {
            name, team = "Push probe", skills = new[] { new { skill = $"{agentId}-nobody", proficiency = 1 } },
        }, ct)).EnsureSuccessStatusCode();

    public Task RetireAgentAsync(string agentId, CancellationToken ct) => http.DeleteAsync($"/api/agents/{agentId}", ct);

    public async Task<string> ArriveAsync(string queueId, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/api/interactions", new { channel = "Email", queueId }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Created>(ct))!.InteractionId;
    }

    public Task AbandonAsync(string interactionId, CancellationToken ct) =>
        http.PostAsync($"/api/interactions/{interactionId}/abandoned", null, ct);

    /// <summary>The dashboard process's memory (admin only); null when this user may not read it.</summary>
    public async Task<DashboardMemory?> MemoryAsync(CancellationToken ct)
    {
        var response = await http.GetAsync("/api/diagnostics/memory?collect=true", ct);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<DashboardMemory>(ct) : null;
    }

    public Task<HttpResponseMessage> PostAsync<T>(string path, T body, System.Text.Json.JsonSerializerOptions json, CancellationToken ct) =>
        http.PostAsJsonAsync(path, body, json, ct);

    public void Dispose() => http.Dispose();

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]) : []);

    private sealed record Created(string InteractionId);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>What the dashboard's admin diagnostics endpoint reports about its own process.</summary>
internal sealed record DashboardMemory(long WorkingSetBytes, long ManagedHeapBytes, long GcCommittedBytes, int Circuits);
