using System.Globalization;
using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Failover;

/// <summary>
/// One failover measurement: steady Poisson arrivals into one FIFO queue, enough agents that the queue is
/// stable, callers who never hang up (so abandonment cannot hide a lost call), and a silo killed mid-run.
/// </summary>
internal sealed record FailoverSettings(
    string Redis, string ClusterId, string ServiceId, FileInfo? KillPidFile, double KillAfterSeconds, double DurationSeconds,
    double RatePerSecond, int Agents, double HandleSeconds, double DrainSeconds, int CreateAttempts, int Seed, FileInfo Output,
    bool KillQueueHost = false)
{
    /// <summary>The highest arrival rate accepted; past what the local cluster takes, so overload can be shown (refusals at the edge).</summary>
    public const double MaxRate = 2000;

    public const int MaxAgents = 20_000;

    /// <summary>
    /// Dashboards whose API creates the interactions (round-robin), signed in as User; empty: creates go straight
    /// to the grains through the Orleans client, as before. Only through the API are creates subject to admission control.
    /// </summary>
    public IReadOnlyList<Uri> Dashboards { get; init; } = [];

    public string User { get; init; } = "supervisor";

    public string Password { get; init; } = "demo";

    /// <summary>Above this offered load per agent, waits grow long and a slow recovery would hide in ordinary queueing.</summary>
    public const double MaxOccupancy = 0.85;

    /// <summary>Log-normal spread of handle times: with a 25 s mean, nearly all calls take 18–34 s.</summary>
    public const double HandleSigma = 0.15;

    public static FailoverSettings Defaults { get; } =
        new("127.0.0.1:6380", "contact-center", "contact-center", null, 60, 180, 2, 80, 25, 120, 5, 1, new FileInfo("failover.json"));

    public double OfferedErlangs => RatePerSecond * HandleSeconds;

    /// <summary>Every reason these settings cannot run, each naming its option; empty when they can.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Check(bool ok, string error)
        {
            if (!ok) errors.Add(error);
        }
        Check(DurationSeconds is >= 10 and <= 3600, $"--duration must be between 10 and 3600 seconds (got {F(DurationSeconds)}).");
        Check(KillAfterSeconds > 0 && KillAfterSeconds < DurationSeconds,
            $"--kill-after ({F(KillAfterSeconds)} s) must fall inside the arrivals: above 0 and below --duration ({F(DurationSeconds)} s).");
        Check(RatePerSecond is > 0 and <= MaxRate, $"--rate must be above 0 and at most {F(MaxRate)} arrivals per second (got {F(RatePerSecond)}).");
        Check(Agents is >= 1 and <= MaxAgents, $"--agents must be between 1 and {MaxAgents} (got {Agents}).");
        foreach (var dashboard in Dashboards)
            Check(dashboard.IsAbsoluteUri && dashboard.IsLoopback, $"--dashboards: {dashboard} is not an absolute loopback address (this tool sends traffic only to this machine).");
        Check(HandleSeconds is >= 1 and <= 600, $"--handle-seconds must be between 1 and 600 (got {F(HandleSeconds)}).");
        Check(DrainSeconds is >= 0 and <= 900, $"--drain must be between 0 and 900 seconds (got {F(DrainSeconds)}).");
        Check(CreateAttempts is >= 1 and <= 20, $"--create-attempts must be between 1 and 20 (got {CreateAttempts}).");
        if (Agents >= 1 && RatePerSecond > 0 && HandleSeconds > 0 && OfferedErlangs > MaxOccupancy * Agents)
            errors.Add($"--agents {Agents} cannot keep the queue stable at --rate {F(RatePerSecond)}/s and --handle-seconds {F(HandleSeconds)} " +
                $"({F(OfferedErlangs)} Erlangs); give at least {(int)Math.Ceiling(OfferedErlangs / MaxOccupancy)} agents ({MaxOccupancy * 100:0}% occupancy), or a lower rate.");
        return errors;
    }

    /// <summary>The run as a scenario, so the planner draws arrivals and handle times from the seed as `run` does.</summary>
    public Scenario ToScenario()
    {
        var maxArrivals = (int)Math.Min(LimitsSpec.ArrivalCap, Math.Ceiling(RatePerSecond * DurationSeconds * 2) + 100);
        return new Scenario("failover", $"{F(RatePerSecond)} arrivals/s for {F(DurationSeconds)} s, {Agents} agents, handle {F(HandleSeconds)} s",
            Seed,
            [new QueueSpec("failover", "failover", 1, 1, 80, 20, Fifo: true)],
            [new AgentGroupSpec("agent", Agents, new Dictionary<string, int> { ["failover"] = 5 }, new DurationSpec(DistributionKind.LogNormal, HandleSeconds, HandleSigma))],
            [new TierSpec("standard", 1, 800)],
            DurationSpec.Never,
            [new PhaseSpec(PhaseKind.Steady, DurationSeconds, RatePerSecond * 60)],
            new LimitsSpec(maxArrivals, DurationSeconds + DrainSeconds, DrainSeconds));
    }

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
