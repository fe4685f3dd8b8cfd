using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>
/// The callback side of an interaction: the original carries CallbackId, the callback carries OriginalId,
/// when it is due, how many dials were tried and the last outcome, and the queue whose schedule counts it.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.callback-info")]
public sealed record CallbackInfo(
    [property: Id(0)] string? OriginalId,
    [property: Id(1)] string? CallbackId,
    [property: Id(2)] DateTimeOffset? DueAt,
    [property: Id(3)] int Attempts,
    [property: Id(4)] DialOutcome? LastOutcome,
    [property: Id(5)] string? ScheduledIn = null);

/// <summary>What the phone system reports when an agent dials a customer back.</summary>
public enum DialOutcome { Answered, NoAnswer, Busy }

/// <summary>
/// Everything a callback interaction needs from the interaction it replaces: who to call, where it queues,
/// and the original entry (its arrival time keeps the caller's place). DueAt null means as soon as possible.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.callback-origin")]
public sealed record CallbackOrigin(
    [property: Id(0)] string OriginalId,
    [property: Id(1)] NewInteraction Request,
    [property: Id(2)] QueueEntry Entry,
    [property: Id(3)] DateTimeOffset DueAt);

/// <summary>Scheduled callbacks (not yet due) and overdue ones (due, not dialed within the queue's threshold).</summary>
[GenerateSerializer, Immutable, Alias("cc.callback-counts")]
public sealed record CallbackCounts(
    [property: Id(0)] string QueueId,
    [property: Id(1)] int Scheduled,
    [property: Id(2)] int Overdue,
    [property: Id(3)] DateTimeOffset? NextDueAt)
{
    public static CallbackCounts None(string queueId) => new(queueId, 0, 0, null);
}

/// <summary>The callback rules: how far ahead a caller may choose, and the retry policy for dials nobody answers.</summary>
public static class CallbackPolicy
{
    /// <summary>A callback may be asked for at most this far ahead.</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(7);

    /// <summary>Dials tried before the callback ends as Abandoned ("customer not reached").</summary>
    public const int MaxAttempts = 3;

    /// <summary>The wait before the next dial after no answer or busy.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The due time of a callback asked for at <paramref name="at"/> (null: as soon as possible). Refused naming "at"
    /// when it is in the past (a minute's clock skew is allowed and means now) or more than <see cref="MaxAhead"/> ahead.
    /// </summary>
    public static DateTimeOffset DueAt(DateTimeOffset? at, DateTimeOffset now)
    {
        if (at is not { } when) return now;
        if (when < now - TimeSpan.FromMinutes(1))
            throw ContactCenterException.Invalid("at", $"at ({when:O}) is in the past; give a future time, or none for as soon as possible.");
        if (when > now + MaxAhead)
            throw ContactCenterException.Invalid("at", $"at ({when:O}) is more than {MaxAhead.TotalDays:0} days ahead.");
        return when < now ? now : when;
    }

    /// <summary>The callback interaction's id for an original: derived, so asking twice finds the same callback.</summary>
    public static string CallbackIdFor(string originalId) =>
        originalId.Length + 3 <= Ids.MaxLength ? $"{originalId}.cb" : $"cb-{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(originalId)))[..40]}";
}
