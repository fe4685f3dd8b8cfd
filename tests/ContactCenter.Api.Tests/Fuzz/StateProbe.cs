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

    private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);

    /// <summary>An entity as last read; reads again only after <see cref="Forget"/> (an accepted change may touch anything).</summary>
    public async Task<string> Entity(string? path)
    {
        if (path is null) return "";
        if (_known.TryGetValue(path, out var known)) return known;
        return _known[path] = await Read(path);
    }

    /// <summary>Reads an entity afresh, for the comparison after a refusal.</summary>
    public async Task<string> EntityNow(string? path)
    {
        if (path is null) return "";
        return _known[path] = await Read(path);
    }

    public void Forget() => _known.Clear();

    private async Task<string> Read(string path)
    {
        Reads++;
        using var response = await http.GetAsync(path);
        // A problem's traceId differs on every answer; everything else must not.
        return $"{path} {(int)response.StatusCode} {TraceId().Replace(await response.Content.ReadAsStringAsync(), "")}";
    }

    /// <summary>A create that names its entity in the body (an interaction's or a case's id): read it before and after too.</summary>
    public static string? CreatedEntity(FuzzEndpoint endpoint, byte[]? body)
    {
        var (member, collection) = endpoint.ToString() switch
        {
            "POST /api/interactions" => ("interactionId", "/api/interactions"),
            "POST /api/cases" => ("caseId", "/api/cases"),
            _ => (null, null),
        };
        if (member is null || body is null) return null;
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(body)?[member]?.GetValue<string>() is { } id && ContactCenter.Contracts.Validation.Ids.IsValid(id)
                ? $"{collection}/{id}" : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            return null;
        }
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
