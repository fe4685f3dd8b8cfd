using System.Globalization;
using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>First-response and resolution targets for one priority, in business (coverage) minutes.</summary>
[GenerateSerializer, Immutable, Alias("cc.sla-target")]
public sealed record SlaTarget(
    [property: Id(0)] CasePriority Priority,
    [property: Id(1)] int FirstResponseMinutes,
    [property: Id(2)] int ResolutionMinutes);

/// <summary>Hours of coverage on one weekday, local to the calendar's time zone; "HH:mm", Closes may be "24:00".</summary>
[GenerateSerializer, Immutable, Alias("cc.coverage-day")]
public sealed record CoverageDay(
    [property: Id(0)] DayOfWeek Day,
    [property: Id(1)] string Opens,
    [property: Id(2)] string Closes)
{
    public int OpenMinute => CoverageHours.ParseMinute(Opens, "opens") ?? 0;
    public int CloseMinute => CoverageHours.ParseMinute(Closes, "closes") ?? 0;
}

/// <summary>
/// A business calendar: the weekly hours in an IANA time zone, minus holidays (local dates). The SLA clock
/// runs only inside these hours.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.coverage-hours")]
public sealed record CoverageHours(
    [property: Id(0)] string TimeZone,
    [property: Id(1)] IReadOnlyList<CoverageDay> Days,
    [property: Id(2)] IReadOnlyList<DateOnly> Holidays)
{
    public const int MaxHolidays = 366;

    /// <summary>Every minute of every day, in UTC.</summary>
    public static CoverageHours AlwaysOpen { get; } = new("UTC",
        Enum.GetValues<DayOfWeek>().Select(d => new CoverageDay(d, "00:00", "24:00")).ToArray(), []);

    /// <summary>Monday to Friday, 08:00–18:00, in the given zone.</summary>
    public static CoverageHours Weekdays(string timeZone, int opensHour = 8, int closesHour = 18) => new(timeZone,
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new CoverageDay(d, $"{opensHour:00}:00", $"{closesHour:00}:00"))], []);

    /// <summary>Parses "HH:mm" (00:00–24:00) to minutes of the day; null when malformed.</summary>
    public static int? ParseMinute(string? text, string field)
    {
        if (text is not { Length: 5 } || text[2] != ':') return null;
        if (!int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var h)) return null;
        if (!int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)) return null;
        if (h > 24 || m > 59 || (h == 24 && m != 0)) return null;
        return h * 60 + m;
    }

    /// <summary>Throws ContactCenterException (Invalid) naming the first bad field. Zone ids are checked by the grain (tzdb).</summary>
    public void Validate(string field, Func<string, bool> zoneExists)
    {
        Bounds.RequireText(TimeZone, $"{field}.timeZone", 64);
        if (!zoneExists(TimeZone)) throw ContactCenterException.Invalid($"{field}.timeZone", $"{field}.timeZone '{TimeZone}' is not a known IANA time zone (e.g. Europe/London).");
        Bounds.RequireNoNulls(Days, $"{field}.days");
        Bounds.RequireCount(Days, $"{field}.days", 7, min: 1);
        if (Days.Select(d => d.Day).Distinct().Count() != Days.Count)
            throw ContactCenterException.Invalid($"{field}.days", $"{field}.days names a weekday twice.");
        for (var i = 0; i < Days.Count; i++)
        {
            var d = Days[i];
            if (!Enum.IsDefined(d.Day)) throw ContactCenterException.Invalid($"{field}.days[{i}].day", $"{field}.days[{i}].day is not a weekday.");
            var opens = ParseMinute(d.Opens, "opens") ?? throw ContactCenterException.Invalid($"{field}.days[{i}].opens", $"{field}.days[{i}].opens must be HH:mm between 00:00 and 24:00.");
            var closes = ParseMinute(d.Closes, "closes") ?? throw ContactCenterException.Invalid($"{field}.days[{i}].closes", $"{field}.days[{i}].closes must be HH:mm between 00:00 and 24:00.");
            if (closes <= opens) throw ContactCenterException.Invalid($"{field}.days[{i}].closes", $"{field}.days[{i}].closes must be after opens.");
        }
        Bounds.RequireCount(Holidays ?? throw ContactCenterException.Invalid($"{field}.holidays", $"{field}.holidays is required (may be empty)."), $"{field}.holidays", MaxHolidays);
    }
}

/// <summary>A service contract: SLA targets per priority and the coverage hours the SLA clock runs in.</summary>
[GenerateSerializer, Immutable, Alias("cc.service-contract")]
public sealed record ServiceContract(
    [property: Id(0)] string ContractId,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<SlaTarget> Targets,
    [property: Id(3)] CoverageHours Coverage)
{
    /// <summary>A year, in minutes: the longest target any contract may set.</summary>
    public const int MaxTargetMinutes = 366 * 24 * 60;

    public SlaTarget For(CasePriority priority) =>
        Targets.FirstOrDefault(t => t.Priority == priority) ?? Targets.OrderBy(t => t.Priority).Last();

    /// <summary>Throws ContactCenterException (Invalid) naming the first bad field.</summary>
    public void Validate(Func<string, bool> zoneExists)
    {
        Ids.Require(ContractId, "contractId");
        Bounds.RequireText(Name, "name", Bounds.MaxName);
        Bounds.RequireNoNulls(Targets, "targets");
        Bounds.RequireCount(Targets, "targets", 4, min: 4);
        foreach (var p in Enum.GetValues<CasePriority>())
            if (Targets.Count(t => t.Priority == p) != 1)
                throw ContactCenterException.Invalid("targets", $"targets must name each priority (Low, Normal, High, Urgent) exactly once; {p} is missing or repeated.");
        for (var i = 0; i < Targets.Count; i++)
        {
            var t = Targets[i];
            Bounds.RequireRange(t.FirstResponseMinutes, $"targets[{i}].firstResponseMinutes", 1, MaxTargetMinutes);
            Bounds.RequireRange(t.ResolutionMinutes, $"targets[{i}].resolutionMinutes", 1, MaxTargetMinutes);
            if (t.ResolutionMinutes < t.FirstResponseMinutes)
                throw ContactCenterException.Invalid($"targets[{i}].resolutionMinutes", $"targets[{i}].resolutionMinutes must not be shorter than firstResponseMinutes.");
        }
        if (Coverage is null) throw ContactCenterException.Invalid("coverage", "coverage is required.");
        Coverage.Validate("coverage", zoneExists);
    }
}

/// <summary>The default contract of each value tier; a customer without a contract of their own is under its tier's.</summary>
public static class ServiceContracts
{
    public const string Standard = "default-standard";
    public const string Gold = "default-gold";
    public const string Platinum = "default-platinum";

    public static string DefaultIdFor(ValueTier tier) => tier switch
    {
        ValueTier.Platinum => Platinum,
        ValueTier.Gold => Gold,
        _ => Standard,
    };

    public static bool IsDefault(string contractId) => contractId is Standard or Gold or Platinum;

    /// <summary>The built-in terms of a default contract until someone puts their own.</summary>
    public static ServiceContract BuiltIn(string contractId) => contractId switch
    {
        Platinum => new(Platinum, "Platinum (24×7)", Targets((15, 240), (30, 480), (60, 1_440), (120, 2_880)), CoverageHours.AlwaysOpen),
        Gold => new(Gold, "Gold (extended hours)", Targets((30, 480), (60, 960), (120, 1_920), (240, 2_880)), CoverageHours.Weekdays("UTC", 7, 22)),
        Standard => new(Standard, "Standard (business hours)", Targets((60, 960), (120, 1_440), (240, 2_880), (480, 4_800)), CoverageHours.Weekdays("UTC")),
        _ => throw ContactCenterException.NotFound("Contract", contractId),
    };

    /// <summary>Targets from (first response, resolution) minutes for Urgent, High, Normal, Low.</summary>
    public static SlaTarget[] Targets((int F, int R) urgent, (int F, int R) high, (int F, int R) normal, (int F, int R) low) =>
    [
        new(CasePriority.Urgent, urgent.F, urgent.R), new(CasePriority.High, high.F, high.R),
        new(CasePriority.Normal, normal.F, normal.R), new(CasePriority.Low, low.F, low.R),
    ];
}
