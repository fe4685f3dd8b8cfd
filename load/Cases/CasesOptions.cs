namespace ContactCenter.Load.Cases;

/// <summary>`cases`: N cases opened over the first hours of a simulated day, the clock stepped through the day.</summary>
internal sealed record CasesOptions(
    int Cases,
    FileInfo Output,
    int Seed = 42,
    int StepSeconds = 60,
    int PredictEveryMinutes = 5,
    double DayHours = 24,
    double OpeningHours = 12,
    double MaxWallSeconds = 1800)
{
    public const int MaxCases = 200_000;

    /// <summary>A Monday: the coverage calendars open and close within the day.</summary>
    public static DateTimeOffset DayStart { get; } = new(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);
}
