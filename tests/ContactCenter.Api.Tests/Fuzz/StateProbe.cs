namespace ContactCenter.Api.Tests.Fuzz;

/// <summary>
/// Reads the state a request could change: the lists every role reads (queues, agents, entry rules) and the one
/// entity the request names. With the clock stopped, two reads with nothing between them are byte-identical.
/// </summary>
public sealed partial class StateProbe(HttpClient http)
{
    private static readonly string[] Lists = ["/api/queues", "/api/agents", "/api/entry-rules"];

    public int Reads { get; private set; }

    [System.Text.RegularExpressions.GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex TraceId();

    public async Task<string> ReadLists() => string.Join("\n", await Task.WhenAll(Lists.Select(Read)));

    public Task<string> Entity(string? path) => path is null ? Task.FromResult("") : Read(path);

    private async Task<string> Read(string path)
    {
        Reads++;
        using var response = await http.GetAsync(path);
        // A problem's traceId differs on every answer; everything else must not.
        return $"{path} {(int)response.StatusCode} {TraceId().Replace(await response.Content.ReadAsStringAsync(), "")}";
    }

    /// <summary>The GET path of the entity a request's route names: /api/queues/{id}/x → /api/queues/{id}, when such a GET exists.</summary>
    public static string? EntityPath(FuzzEndpoint endpoint, IReadOnlySet<string> getPatterns, IReadOnlyDictionary<string, string> segments)
    {
        var at = endpoint.Pattern.IndexOf("{id}", StringComparison.Ordinal);
        if (at < 0 || !segments.TryGetValue("id", out var id)) return null;
        var pattern = endpoint.Pattern[..(at + "{id}".Length)];
        return getPatterns.Contains(pattern) ? pattern.Replace("{id}", id) : null;
    }
}
