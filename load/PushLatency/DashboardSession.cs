using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace ContactCenter.Load.PushLatency;

/// <summary>A signed-in API session against the dashboard (the same login form a person uses).</summary>
internal sealed partial class DashboardSession(HttpClient http) : IDisposable
{
    public static async Task<DashboardSession> SignInAsync(Uri url, string user, string password, CancellationToken ct)
    {
        var http = new HttpClient(new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = url };
        var token = TokenPattern().Match(await http.GetStringAsync("/login", ct)).Groups[1].Value;
        var response = await http.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["UserName"] = user, ["Password"] = password, ["ReturnUrl"] = "/",
        }), ct);
        // Signed in: the role's own page; refused: back to /login with an error.
        if (response.Headers.Location?.OriginalString is not { } to || to.StartsWith("/login"))
            throw new InvalidOperationException($"Could not sign in to {url} as '{user}': check --user and --password.");
        return new DashboardSession(http);
    }

    public async Task PutQueueAsync(string queueId, CancellationToken ct) =>
        (await http.PutAsJsonAsync($"/api/queues/{queueId}", new
        {
            name = "Push latency probe", requiredSkills = new[] { new { skill = $"{queueId}-nobody", minProficiency = 10 } },
            serviceLevel = new { percent = 80, thresholdSeconds = 20 }, maxWaitSeconds = 86_400,
        }, ct)).EnsureSuccessStatusCode();

    public async Task<string> ArriveAsync(string queueId, CancellationToken ct)
    {
        var response = await http.PostAsJsonAsync("/api/interactions", new { channel = "Email", queueId }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Created>(ct))!.InteractionId;
    }

    public Task AbandonAsync(string interactionId, CancellationToken ct) =>
        http.PostAsync($"/api/interactions/{interactionId}/abandoned", null, ct);

    public void Dispose() => http.Dispose();

    private sealed record Created(string InteractionId);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
