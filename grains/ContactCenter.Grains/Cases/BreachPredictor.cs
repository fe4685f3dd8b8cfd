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

    /// <summary>Fewer pick-ups than this in the last hour are too few to measure a pace from (one would mean an hour a case).</summary>
    public const int MinSample = 3;

    public static QueueCapacity None { get; } = new(0, DefaultCaseMinutes, 0, DefaultCallMinutes, 0);

    /// <summary>
    /// From the queue's live state and the board's history. Measured (at least <see cref="MinSample"/> pick-ups): the
    /// cases started in the last hour are the throughput, shared by the available agents (at least one, since someone
    /// did start them). Otherwise: the available agents at <paramref name="fallbackCaseMinutes"/> each.
    /// </summary>
    public static QueueCapacity Of(int availableAgents, int startedLastHour, int callsWaiting, double averageHandleSeconds,
        double fallbackCaseMinutes = DefaultCaseMinutes)
    {
        var callMinutes = averageHandleSeconds > 0 ? averageHandleSeconds / 60 : DefaultCallMinutes;
        if (startedLastHour >= MinSample)
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
/// the due itself when no pick-up can be predicted (PickupAt null). Basis says why, in plain words; it is written
/// when read, since at 100,000 open cases only the few warnings actually sent need their text.
/// </summary>
public sealed record BreachPrediction(
    string CaseId, int Ahead, TimeSpan BusinessDelay, DateTimeOffset? PickupAt, DateTimeOffset Due, bool Breach, DateTimeOffset WarnAt,
    QueueCapacity Capacity, DateTimeOffset Now)
{
    public string Basis => BreachPredictor.Explain(this);
}

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
        // Business-time sums are the costly part (a calendar walk each); a queue's cases share a handful of delays
        // (one per round of its agents) and contracts, so each (calendar, delay) is computed once per run.
        var instants = new Dictionary<(CoverageClock, TimeSpan), DateTimeOffset?>();
        DateTimeOffset? After(CoverageClock clock, TimeSpan delay) =>
            instants.TryGetValue((clock, delay), out var at) ? at : instants[(clock, delay)] = clock.Add(now, delay);
        var callWork = capacity.Agents > 0 ? capacity.CallsWaiting * capacity.CallMinutes / capacity.Agents : 0;
        var ahead = -1;
        foreach (var c in inPickupOrder)
        {
            if (!CaseOrdering.AwaitsPickup(c)) continue;
            ahead++;
            if (!Watched(c, now)) continue;
            var due = c.FirstResponseDue!.Value;
            var clock = coverageOf(c.ContractId);
            predictions.Add(capacity.Agents == 0
                ? Unstaffed(c, ahead, due, After(clock, NoCapacityHorizon), capacity, now)
                : Staffed(c, ahead, due, now, capacity, callWork, delay => After(clock, delay)));
        }
        return predictions;
    }

    /// <summary>
    /// Only cases whose first response is still ahead and not already breached or paused are warned; the others still
    /// wait for an agent, so they count as ahead of the cases behind them.
    /// </summary>
    private static bool Watched(CaseSummary c, DateTimeOffset now) =>
        c.FirstResponseDue is { } due && due > now && c.Sla is SlaState.OnTrack or SlaState.AtRisk;

    private static BreachPrediction Staffed(CaseSummary c, int ahead, DateTimeOffset due, DateTimeOffset now,
        QueueCapacity capacity, double callWork, Func<TimeSpan, DateTimeOffset?> after)
    {
        var delay = TimeSpan.FromMinutes(callWork + ahead / capacity.Agents * capacity.CaseMinutes);
        var pickup = after(delay);
        var breach = pickup is null || pickup > due;
        return new(c.CaseId, ahead, delay, pickup, due, breach, pickup ?? due, capacity, now);
    }

    /// <summary>Within the horizon: at most <see cref="NoCapacityHorizon"/> of business time away, i.e. not after horizonEnd.</summary>
    private static BreachPrediction Unstaffed(CaseSummary c, int ahead, DateTimeOffset due, DateTimeOffset? horizonEnd, QueueCapacity capacity,
        DateTimeOffset now) =>
        new(c.CaseId, ahead, TimeSpan.MaxValue, null, due, horizonEnd is null || due <= horizonEnd, due, capacity, now);

    /// <summary>The plain-words basis: "7 cases ahead, 3 agents with the skill, ~12 min each; predicted pick-up …".</summary>
    public static string Explain(BreachPrediction p)
    {
        if (p.Capacity.Agents == 0)
            return $"{Cases(p.Ahead)} ahead, no agent with the skill is available and fewer than {QueueCapacity.MinSample} cases of this queue were picked up "
                + $"in the last hour; nobody is predicted to pick it up before the first-response due {At(p.Due)}";
        return Describe(p.Ahead, p.Capacity) + Outcome(p.PickupAt, p.Due, p.Now, p.BusinessDelay, p.Breach);
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
        return $"; predicted pick-up {At(pickup.Value)}{closed}, {(breach ? "after" : "before")} the first-response due {At(due)}";
    }

    private static string Cases(int n) => n == 1 ? "1 case" : $"{n} cases";

    private static string Minutes(double minutes) => Math.Max(1, Math.Round(minutes)).ToString(CultureInfo.InvariantCulture);

    private static string At(DateTimeOffset at) => at.UtcDateTime.ToString("ddd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
