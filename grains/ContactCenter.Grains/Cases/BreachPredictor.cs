using System.Globalization;

namespace ContactCenter.Grains.Cases;

/// <summary>
/// What one queue can do for its cases right now. Agents take the cases in pick-up order, <see cref="Agents"/> at
/// a time, each case taking <see cref="CaseMinutes"/> of an agent; the calls already waiting go first (they are live)
/// and cost <see cref="CallMinutes"/> each. Agents 0 means nothing is known to pick cases up.
/// </summary>
public sealed record QueueCapacity(int Agents, double CaseMinutes, int CallsWaiting, double CallMinutes, int StartedLastHour)
{
    /// <summary>Minutes of an agent per case when the queue has no pick-ups in the last hour to measure.</summary>
    public const double DefaultCaseMinutes = 15;

    /// <summary>Minutes per call when the queue has completed none today.</summary>
    public const double DefaultCallMinutes = 5;

    public static QueueCapacity None { get; } = new(0, DefaultCaseMinutes, 0, DefaultCallMinutes, 0);

    /// <summary>
    /// From the queue's live state and the board's history. Measured: the cases started in the last hour are the
    /// throughput, shared by the available agents (at least one, since someone did start them). Without history:
    /// the available agents at <paramref name="fallbackCaseMinutes"/> each.
    /// </summary>
    public static QueueCapacity Of(int availableAgents, int startedLastHour, int callsWaiting, double averageHandleSeconds,
        double fallbackCaseMinutes = DefaultCaseMinutes)
    {
        var callMinutes = averageHandleSeconds > 0 ? averageHandleSeconds / 60 : DefaultCallMinutes;
        if (startedLastHour > 0)
        {
            var agents = Math.Max(1, availableAgents);
            return new(agents, agents * 60.0 / startedLastHour, callsWaiting, callMinutes, startedLastHour);
        }
        return new(Math.Max(0, availableAgents), fallbackCaseMinutes, callsWaiting, callMinutes, 0);
    }
}

/// <summary>
/// A case's predicted pick-up. Breach: the pick-up falls after the first-response due (or nothing can pick it up
/// and the due is near); WarnAt is then the instant to report as the predicted breach: the predicted pick-up, or
/// the due itself when no pick-up can be predicted. Basis says why, in plain words.
/// </summary>
public sealed record BreachPrediction(
    string CaseId, int Ahead, TimeSpan BusinessDelay, DateTimeOffset? PickupAt, DateTimeOffset Due, bool Breach, DateTimeOffset WarnAt, string Basis);

/// <summary>
/// The predictive breach warning, as a pure function. For one queue's cases in pick-up order: case i (i cases
/// ahead of it) is picked up after the waiting calls' work spread over the agents plus floor(i / agents) rounds of
/// case work, in business time of the case's own contract, so coverage closing for the night moves the pick-up to
/// the next morning. A case whose pick-up lands after its first-response due is predicted to breach.
/// </summary>
public static class BreachPredictor
{
    /// <summary>With no capacity at all, only dues this close (business time) are warned; further ones may yet be staffed.</summary>
    public static readonly TimeSpan NoCapacityHorizon = TimeSpan.FromMinutes(60);

    public static IReadOnlyList<BreachPrediction> Predict(
        IReadOnlyList<CaseSummary> inPickupOrder, QueueCapacity capacity, DateTimeOffset now, Func<string, CoverageClock> coverageOf)
    {
        var predictions = new List<BreachPrediction>();
        var callWork = capacity.Agents > 0 ? capacity.CallsWaiting * capacity.CallMinutes / capacity.Agents : 0;
        for (var ahead = 0; ahead < inPickupOrder.Count; ahead++)
        {
            var c = inPickupOrder[ahead];
            if (!Watched(c, now)) continue;
            var due = c.FirstResponseDue!.Value;
            var clock = coverageOf(c.ContractId);
            predictions.Add(capacity.Agents == 0
                ? Unstaffed(c, ahead, due, now, clock)
                : Staffed(c, ahead, due, now, clock, capacity, callWork));
        }
        return predictions;
    }

    /// <summary>Only cases whose first response is still ahead and not already breached or paused can be warned.</summary>
    private static bool Watched(CaseSummary c, DateTimeOffset now) =>
        CaseOrdering.AwaitsPickup(c) && c.FirstResponseDue is { } due && due > now && c.Sla is SlaState.OnTrack or SlaState.AtRisk;

    private static BreachPrediction Staffed(CaseSummary c, int ahead, DateTimeOffset due, DateTimeOffset now, CoverageClock clock,
        QueueCapacity capacity, double callWork)
    {
        var delay = TimeSpan.FromMinutes(callWork + ahead / capacity.Agents * capacity.CaseMinutes);
        var pickup = clock.Add(now, delay);
        var breach = pickup is null || pickup > due;
        var basis = Describe(ahead, capacity) + Outcome(pickup, due, now, delay, breach);
        return new(c.CaseId, ahead, delay, pickup, due, breach, pickup ?? due, basis);
    }

    private static BreachPrediction Unstaffed(CaseSummary c, int ahead, DateTimeOffset due, DateTimeOffset now, CoverageClock clock)
    {
        var breach = clock.Between(now, due) <= NoCapacityHorizon;
        var basis = $"{Cases(ahead)} ahead, no agent with the skill is available and no case of this queue was picked up in the last hour; "
            + $"nobody is predicted to pick it up before the first-response due {At(due)}";
        return new(c.CaseId, ahead, TimeSpan.MaxValue, null, due, breach, due, basis);
    }

    private static string Describe(int ahead, QueueCapacity capacity)
    {
        var text = $"{Cases(ahead)} ahead, {capacity.Agents} {(capacity.Agents == 1 ? "agent" : "agents")} with the skill, ~{Minutes(capacity.CaseMinutes)} min each";
        if (capacity.StartedLastHour > 0) text += $" ({capacity.StartedLastHour} picked up in the last hour)";
        if (capacity.CallsWaiting > 0)
            text += $", {capacity.CallsWaiting} {(capacity.CallsWaiting == 1 ? "call" : "calls")} waiting first (~{Minutes(capacity.CallMinutes)} min each)";
        return text;
    }

    private static string Outcome(DateTimeOffset? pickup, DateTimeOffset due, DateTimeOffset now, TimeSpan delay, bool breach)
    {
        if (pickup is null) return "; coverage does not open again, so it cannot be picked up in time";
        var closed = pickup.Value - now - delay > TimeSpan.FromMinutes(1) ? ", after coverage reopens" : "";
        return breach
            ? $"; predicted pick-up {At(pickup.Value)}{closed}, after the first-response due {At(due)}"
            : $"; predicted pick-up {At(pickup.Value)}{closed}, before the first-response due {At(due)}";
    }

    private static string Cases(int n) => n == 1 ? "1 case" : $"{n} cases";

    private static string Minutes(double minutes) => Math.Max(1, Math.Round(minutes)).ToString(CultureInfo.InvariantCulture);

    private static string At(DateTimeOffset at) => at.UtcDateTime.ToString("ddd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
