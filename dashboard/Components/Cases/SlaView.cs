using ContactCenter.Contracts;
using ContactCenter.Dashboard.Components.Wallboard;

namespace ContactCenter.Dashboard.Components.Cases;

/// <summary>
/// How an SLA countdown reads: the state in words first (never colour alone), then the time left or overdue.
/// Tone picks the colour: ok green, warn amber, bad red, paused grey, met blue.
/// </summary>
public sealed record SlaView(string Text, string Tone, SlaState State)
{
    public static SlaView For(SlaState state, DateTimeOffset? due, TimeSpan? remaining, DateTimeOffset now)
    {
        var left = due is { } d ? d - now : remaining;
        return state switch
        {
            SlaState.Met => new("Met", "met", state),
            SlaState.Paused => new(remaining is { } r ? $"Paused · {Durations.Readable(r)} left" : "Paused", "paused", state),
            SlaState.Breached => new(left is { } b && b < TimeSpan.Zero ? $"Breached · {Durations.Readable(-b)} ago" : "Breached", "bad", state),
            // The board's state lags the clock by at most a push: a target passed since reads overdue at once.
            _ when left is { } o && o <= TimeSpan.Zero => new($"Overdue · {Durations.Readable(-o)} ago", "bad", SlaState.Breached),
            SlaState.AtRisk => new(left is { } a ? $"At risk · {Durations.Readable(a)} left" : "At risk", "warn", state),
            _ => new(left is { } l ? $"On track · {Durations.Readable(l)} left" : "On track", "ok", state),
        };
    }

    /// <summary>The target a case is racing now: the first response until work starts, then the resolution.</summary>
    public static DateTimeOffset? Due(CaseStatus status, DateTimeOffset? firstResponseDue, DateTimeOffset? resolutionDue) =>
        status.IsStarted() || firstResponseDue is null ? resolutionDue : firstResponseDue;

    public static string Label(SlaState state) => state switch
    {
        SlaState.OnTrack => "On track",
        SlaState.AtRisk => "At risk",
        SlaState.Breached => "Breached",
        SlaState.Paused => "Paused",
        _ => "Met",
    };
}
