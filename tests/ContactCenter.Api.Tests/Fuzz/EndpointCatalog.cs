using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Api.Tests.Fuzz;

/// <summary>One HTTP method on one route pattern, as the app maps it.</summary>
public sealed record FuzzEndpoint(string Method, string Pattern, IReadOnlyList<string> Parameters)
{
    public bool HasBody => Method is "POST" or "PUT" or "PATCH";

    public override string ToString() => $"{Method} {Pattern}";
}

/// <summary>
/// Every API endpoint, read from the app's own EndpointDataSource, so endpoints added later are fuzzed too.
/// </summary>
public static class EndpointCatalog
{
    public static IReadOnlyList<FuzzEndpoint> Api(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/').StartsWith("api", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new FuzzEndpoint(
                m, "/" + e.RoutePattern.RawText!.TrimStart('/').TrimEnd('/'), e.RoutePattern.Parameters.Select(p => p.Name).ToArray())))
            .DistinctBy(e => (e.Method, e.Pattern))
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToArray();
}
