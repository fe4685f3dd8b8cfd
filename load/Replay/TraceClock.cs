using System.Globalization;

namespace ContactCenter.Load.Replay;

/// <summary>
/// Strict readers for the trace's YYMMDD dates and H:MM:SS clock times. They are strict on purpose:
/// a lenient parser would turn a damaged cell into a plausible but wrong time.
/// </summary>
internal static class TraceClock
{
    /// <summary>Reads YYMMDD; the trace is from 1999, so a two-digit year is taken as 19YY.</summary>
    public static bool TryParseDate(string text, out DateTimeOffset date)
    {
        date = default;
        if (text.Length != 6 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        var year = 1900 + int.Parse(text.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var month = int.Parse(text.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(text.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        return true;
    }

    /// <summary>Reads H:MM:SS or HH:MM:SS within one day (0:00:00 to 23:59:59).</summary>
    public static bool TryParseTime(string text, out TimeSpan time)
    {
        time = default;
        var parts = text.Split(':');
        if (parts.Length != 3
            || parts[0].Length is < 1 or > 2 || parts[1].Length != 2 || parts[2].Length != 2
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var hours = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var minutes = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var seconds = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (hours > 23 || minutes > 59 || seconds > 59)
        {
            return false;
        }

        time = new TimeSpan(hours, minutes, seconds);
        return true;
    }

    /// <summary>
    /// Places a clock time on the call's timeline: a time earlier than the call's VRU entry means
    /// the clock passed midnight, so it belongs to the next day.
    /// </summary>
    public static DateTimeOffset OnCallTimeline(DateTimeOffset date, TimeSpan vruEntry, TimeSpan time) =>
        date + time + (time < vruEntry ? TimeSpan.FromDays(1) : TimeSpan.Zero);
}
