using NodaTime;

namespace ContactCenter.Grains.Cases;

/// <summary>
/// Business time under a coverage calendar: how much covered time lies between two instants, and the instant
/// at which a span of covered time has run. Hours are local to the calendar's IANA zone (NodaTime's tzdb), so a
/// daylight-saving change shortens or lengthens that day's coverage as the wall clock does. Pure and deterministic.
/// </summary>
public sealed class CoverageClock
{
    /// <summary>The furthest ahead a deadline is searched: coverage that never opens in this many days has no deadline.</summary>
    public const int SearchDays = 5 * 366;

    private readonly DateTimeZone _zone;
    private readonly Dictionary<IsoDayOfWeek, (int Open, int Close)> _days;
    private readonly HashSet<LocalDate> _holidays;

    public CoverageClock(CoverageHours hours)
    {
        _zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(hours.TimeZone)
            ?? throw ContactCenterException.Invalid("coverage.timeZone", $"'{hours.TimeZone}' is not a known IANA time zone.");
        _days = hours.Days.ToDictionary(d => ToIso(d.Day), d => (d.OpenMinute, d.CloseMinute));
        _holidays = hours.Holidays.Select(h => new LocalDate(h.Year, h.Month, h.Day)).ToHashSet();
    }

    public static bool ZoneExists(string id) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null;

    public bool IsOpen(DateTimeOffset at) => Intervals(at).First().Start <= at;

    /// <summary>Covered time in [from, to); zero when to is not after from.</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from) return total;
        foreach (var (start, end) in Intervals(from))
        {
            if (start >= to) break;
            total += (end < to ? end : to) - start;
        }
        return total;
    }

    /// <summary>The instant at which <paramref name="business"/> of covered time has run from <paramref name="from"/>; null when coverage never opens again.</summary>
    public DateTimeOffset? Add(DateTimeOffset from, TimeSpan business)
    {
        if (business <= TimeSpan.Zero) return from;
        var left = business;
        foreach (var (start, end) in Intervals(from))
        {
            var length = end - start;
            if (length >= left) return start + left;
            left -= length;
        }
        return null;
    }

    /// <summary>Covered intervals from <paramref name="from"/> on, in order, the first clipped to start at from.</summary>
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Intervals(DateTimeOffset from)
    {
        var date = Instant.FromDateTimeOffset(from).InZone(_zone).Date.PlusDays(-1);
        for (var i = 0; i <= SearchDays; i++, date = date.PlusDays(1))
        {
            if (_holidays.Contains(date) || !_days.TryGetValue(date.DayOfWeek, out var hours)) continue;
            var start = At(date, hours.Open);
            var end = At(date, hours.Close);
            if (end <= from) continue;
            yield return (start < from ? from : start, end);
        }
    }

    private DateTimeOffset At(LocalDate date, int minuteOfDay) =>
        (date.AtMidnight() + Period.FromMinutes(minuteOfDay)).InZoneLeniently(_zone).ToDateTimeOffset().ToUniversalTime();

    private static IsoDayOfWeek ToIso(DayOfWeek day) => day == DayOfWeek.Sunday ? IsoDayOfWeek.Sunday : (IsoDayOfWeek)(int)day;
}
