namespace ContactCenter.Load.Failover;

/// <summary>
/// The edge or the cluster said "too busy, nothing was done, come back after RetryAfter": a dashboard's 503
/// with Retry-After, or an Orleans gateway shedding load. Not a failure: the caller waits and tries again.
/// </summary>
internal sealed class CreationRefused(TimeSpan retryAfter, string reason) : Exception(reason)
{
    /// <summary>When Orleans sheds a call it gives no delay; this is the pause before trying again.</summary>
    public static readonly TimeSpan OrleansRetryAfter = TimeSpan.FromSeconds(1);

    public TimeSpan RetryAfter { get; } = retryAfter;

    /// <summary>The refusal in an exception, if it is one (an Orleans overload counts; a timeout does not).</summary>
    public static CreationRefused? Of(Exception exception) => exception switch
    {
        CreationRefused refused => refused,
        GatewayTooBusyException or LimitExceededException => new CreationRefused(OrleansRetryAfter, exception.GetType().Name),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Of(aggregate.InnerExceptions[0]),
        _ => null,
    };
}
