using ContactCenter.Load.Results;

namespace ContactCenter.Load.Cases;

/// <summary>Escalation steps and SLA breaches fired in one stretch of the simulated day.</summary>
internal sealed record StepFirings(DateTimeOffset From, DateTimeOffset To, int Escalations, int Breaches, int RemindersFired);

/// <summary>
/// The predictive warning on the simulated day. A first-response breach counts as warned when a BreachWarning was on
/// the case's timeline before it. Precision: warned cases that breached / warned cases. Recall: warned breaches / breaches.
/// Lead time: breach − first warning, for warned breaches.
/// </summary>
internal sealed record WarningQuality(int WarnedCases, int Breaches, int WarnedBreaches, double? Precision, double? Recall,
    double? MedianLeadMinutes, double? P10LeadMinutes, int PredictionRuns, int WarningsSent)
{
    public static WarningQuality Of(IReadOnlyCollection<(DateTimeOffset? FirstWarning, DateTimeOffset? Breach)> cases, int runs, int sent)
    {
        var warned = cases.Count(c => c.FirstWarning is not null);
        var breaches = cases.Count(c => c.Breach is not null);
        var warnedBreaches = cases.Where(c => c.Breach is { } b && c.FirstWarning is { } w && w < b).ToList();
        var leads = warnedBreaches.Select(c => (c.Breach!.Value - c.FirstWarning!.Value).TotalMinutes).Order().ToArray();
        return new(warned, breaches, warnedBreaches.Count,
            warned == 0 ? null : Math.Round((double)warnedBreaches.Count / warned, 3),
            breaches == 0 ? null : Math.Round((double)warnedBreaches.Count / breaches, 3),
            leads.Length == 0 ? null : Math.Round(Quantile(leads, 0.5), 1),
            leads.Length == 0 ? null : Math.Round(Quantile(leads, 0.1), 1), runs, sent);
    }

    private static double Quantile(double[] sorted, double q) => sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
}

internal sealed record MemoryFigures(long ManagedBytesBefore, long ManagedBytesAfter, long WorkingSetBefore, long WorkingSetAfter, int Cases)
{
    public double ManagedBytesPerCase => Cases == 0 ? 0 : Math.Round((double)(ManagedBytesAfter - ManagedBytesBefore) / Cases, 0);
    public double WorkingSetBytesPerCase => Cases == 0 ? 0 : Math.Round((double)(WorkingSetAfter - WorkingSetBefore) / Cases, 0);
}

internal sealed record CasesResult(
    int Cases,
    int Seed,
    int StepSeconds,
    DateTimeOffset DayStart,
    DateTimeOffset ReachedAt,
    bool Completed,
    int EscalationsFired,
    int BreachesFired,
    int RemindersFired,
    int RemindersMissing,
    Percentiles LatenessSeconds,
    Percentiles FiringWallMs,
    IReadOnlyDictionary<string, int> EscalationsByStep,
    IReadOnlyList<StepFirings> ByHour,
    MemoryFigures Memory,
    int RemindersRegisteredAfterOpening,
    int RemindersRegisteredAtEnd,
    int OpenAtEnd,
    int StartedByWorkers,
    int ResolvedByWorkers,
    WarningQuality Warnings,
    double OpenSeconds,
    double WallSeconds,
    string TimeModel,
    DateTimeOffset MeasuredAt,
    MachineInfo Machine);
