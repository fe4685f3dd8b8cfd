using ContactCenter.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Orleans.Runtime.Messaging;
using StackExchange.Redis;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>
/// A request that failed because Redis or the silos did not answer becomes a 503 problem naming what is
/// down, never a 500 or a silent success. Registered before the API's own handler, which maps refusals.
/// </summary>
internal sealed class ClusterUnavailableExceptionHandler(
    ClusterSettings settings, ILogger<ClusterUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>A cluster shedding load is busy, not down: come back soon.</summary>
    public static readonly TimeSpan RetryAfterOverload = TimeSpan.FromSeconds(1);

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (ClusterOutage.Overloaded(exception))
        {
            logger.LogInformation("{Method} {Path} answered 503: the cluster shed it ({Exception})", http.Request.Method, http.Request.Path, exception.GetType().Name);
            await Api.Overload.RefuseAsync(http, RetryAfterOverload,
                "The cluster is too busy to take this now; it was not carried out. Retry after the Retry-After delay.", exception);
            return true;
        }
        if (ClusterOutage.Describe(exception, settings) is not { } detail) return false;
        logger.LogWarning(exception, "{Method} {Path} answered 503: {Outage}", http.Request.Method, http.Request.Path, detail);
        await Api.Overload.RefuseAsync(http, RetryAfter, detail, exception);
        return true;
    }
}

/// <summary>Recognises failures that mean "the cluster or its storage is down" and says which, in plain words.</summary>
public static class ClusterOutage
{
    private static readonly string[] RedisOutageTypes = [nameof(RedisConnectionException), nameof(RedisTimeoutException)];

    /// <summary>Orleans refused the call before running it because a gateway or silo is over its limits.</summary>
    public static bool Overloaded(Exception exception) => Chain(exception).Any(e => e is GatewayTooBusyException or LimitExceededException);

    public static string? Describe(Exception exception, ClusterSettings settings)
    {
        var chain = Chain(exception).ToList();
        if (chain.Any(e => e is RedisConnectionException || Mentions(e, nameof(RedisConnectionException))))
            return $"Redis at {settings.RedisHosts} is unreachable — the change was not saved. Try again when it is back.";
        if (chain.Any(e => e is RedisTimeoutException || Mentions(e, nameof(RedisTimeoutException))))
            return $"Redis at {settings.RedisHosts} did not answer in time — the change may not have been saved; check before retrying.";
        if (chain.Any(e => e is SiloUnavailableException or OrleansMessageRejectionException or ConnectionFailedException))
            return "No silo answers — the request was not carried out. Try again when the cluster is back.";
        if (chain.Any(e => e is TimeoutException))
            return "The cluster did not answer in time — the change may not have been saved; check before retrying.";
        return null;
    }

    /// <summary>
    /// Storage errors reach a cluster client wrapped in OrleansException, whose message carries the inner
    /// exception's type; a type the client cannot load arrives as a fallback that keeps only its name.
    /// </summary>
    private static bool Mentions(Exception e, string typeName) =>
        e is OrleansException && e.Message.Contains(typeName, StringComparison.Ordinal)
        || e.GetType().Name == "UnavailableExceptionFallbackException" && e.ToString().Contains(typeName, StringComparison.Ordinal);

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        var seen = 0;
        while (pending.TryPop(out var e) && seen++ < 32)
        {
            yield return e;
            if (e is AggregateException aggregate) foreach (var inner in aggregate.InnerExceptions) pending.Push(inner);
            else if (e.InnerException is { } inner) pending.Push(inner);
        }
    }
}
