using ContactCenter.Contracts;
using ContactCenter.Demo;

namespace ContactCenter.Load.Cases;

/// <summary>
/// The simulated day's terms: queues with different escalation policies, contracts with 24×7 and business-hour
/// coverage in three time zones (one with a holiday), customers spread over them, and each case's draft and
/// worker script, all from one seed.
/// </summary>
internal static class CasesDay
{
    public const string Specialist = "lc-specialist";

    public static IReadOnlyList<(string QueueId, EscalationPolicy Policy)> Queues { get; } =
    [
        ("lc-billing", EscalationPolicy.Default with { SpecialistQueueId = Specialist }),
        ("lc-tech", new EscalationPolicy(15, 15, 30, Specialist)),
        ("lc-sales", new EscalationPolicy(45, 30, 60, null, RaisePriority: false)),
        (Specialist, new EscalationPolicy(20, 20, 20)),
    ];

    public static IReadOnlyList<ServiceContract> Contracts { get; } =
    [
        new("lc-24x7-fast", "24×7 fast", ServiceContracts.Targets((15, 120), (30, 240), (60, 480), (120, 960)), CoverageHours.AlwaysOpen),
        new("lc-24x7", "24×7", ServiceContracts.Targets((30, 240), (60, 480), (120, 960), (240, 1_440)), CoverageHours.AlwaysOpen),
        new("lc-london", "London business hours", ServiceContracts.Targets((30, 240), (60, 480), (120, 720), (240, 960)),
            CoverageHours.Weekdays("Europe/London")),
        new("lc-new-york", "New York extended hours", ServiceContracts.Targets((60, 360), (120, 600), (240, 900), (360, 1_200)),
            CoverageHours.Weekdays("America/New_York", 7, 22)),
        new("lc-tokyo", "Tokyo business hours, a holiday on day two", ServiceContracts.Targets((60, 480), (120, 720), (240, 960), (480, 1_440)),
            CoverageHours.Weekdays("Asia/Tokyo", 9, 17) with { Holidays = [DateOnly.FromDateTime(CasesOptions.DayStart.UtcDateTime).AddDays(1)] }),
    ];

    public static int CustomerCount(int cases) => Math.Clamp(cases / 10, 50, 20_000);

    public static string CustomerId(int n) => $"lc-cust-{n:000000}";

    public static CustomerProfile Customer(int n) =>
        new(CustomerId(n), $"Load customer {n}", 500 + n % 7 * 4_000, CasesOptions.DayStart.AddYears(-1 - n % 5), 0,
            Contracts[n % Contracts.Count].ContractId);

    public static string CaseId(int n) => $"lc-case-{n:000000}";

    private static readonly CasePriority[] Priorities = [CasePriority.Low, CasePriority.Normal, CasePriority.Normal, CasePriority.Normal, CasePriority.High, CasePriority.High, CasePriority.Urgent];

    public static CaseDraft Draft(int n, int customers, Draws d) =>
        new(CustomerId(d.Between(1, customers)), $"Load case {n}", Queues[d.Between(0, 2)].QueueId, d.Pick(Priorities),
            d.Pick([Channel.Voice, Channel.Email, Channel.Chat]));
}

/// <summary>
/// What the simulated workers do with one case, in minutes after it opened: most are started, some quickly and some
/// late (past their first-response target), half of those started are resolved; the rest are left alone and escalate.
/// </summary>
internal sealed record CaseScript(double? StartAfterMinutes, double? ResolveAfterMinutes)
{
    public static CaseScript Draw(Draws d, int firstResponseMinutes, int resolutionMinutes)
    {
        if (!d.Chance(65)) return new(null, null);
        var start = firstResponseMinutes * (0.1 + 1.5 * d.Uniform());
        double? resolve = d.Chance(50) ? start + (resolutionMinutes - firstResponseMinutes) * (0.2 + 1.2 * d.Uniform()) : null;
        return new(start, resolve);
    }
}
