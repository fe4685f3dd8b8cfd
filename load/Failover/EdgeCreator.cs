using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContactCenter.Contracts;
using ContactCenter.Load.PushLatency;

namespace ContactCenter.Load.Failover;

/// <summary>
/// Creates interactions through the dashboards' API (round-robin), as a telephony adapter would, so admission
/// control at the edge is part of the measurement. A 503 becomes a <see cref="CreationRefused"/> with its
/// Retry-After; creates carry their id, so a retry after a lost answer is answered with the same interaction.
/// </summary>
internal sealed class EdgeCreator(IReadOnlyList<DashboardSession> sessions) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private int _next;

    public static async Task<EdgeCreator> SignInAsync(IReadOnlyList<Uri> dashboards, string user, string password, CancellationToken ct) =>
        new(await Task.WhenAll(dashboards.Select(d => DashboardSession.SignInAsync(d, user, password, ct))));

    public string Describe => $"the API of {string.Join(", ", sessions.Select(s => s.Url.ToString().TrimEnd('/')))}";

    public async Task<InteractionStatus> CreateAsync(string interactionId, NewInteraction request, CancellationToken ct)
    {
        var session = sessions[(int)((uint)Interlocked.Increment(ref _next) % sessions.Count)];
        using var response = await session.PostAsync("/api/interactions", new
        {
            interactionId, channel = request.Channel, customerId = request.CustomerId, attributes = request.Attributes,
            basePriority = request.BasePriority, queueId = request.QueueId,
        }, Json, ct);
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            throw new CreationRefused(response.Headers.RetryAfter?.Delta ?? CreationRefused.OrleansRetryAfter, $"503 from {session.Url}");
        if (response.StatusCode == HttpStatusCode.Conflict) throw ContactCenterException.Conflict($"Interaction '{interactionId}' already exists.");
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{(int)response.StatusCode} from {session.Url}: {await response.Content.ReadAsStringAsync(ct)}", null, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Created>(Json, ct))!.Status;
    }

    private sealed record Created(InteractionStatus Status);

    public void Dispose()
    {
        foreach (var session in sessions) session.Dispose();
    }
}
