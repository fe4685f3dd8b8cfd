namespace ContactCenter.Dashboard.Components.Wallboard;

/// <summary>
/// Times as a person reads them: "45 s", "2 min 5 s", "12 min", "4 h", "4 h 20 min", "2 d 3 h".
/// At most two units, and the smaller one only where it still matters (seconds under 10 minutes).
/// Rounds to the nearest second first, so 59.6 s reads "1 min". Any page may use it.
/// </summary>
public static class Durations
{
    public static string Readable(TimeSpan duration) => Readable(duration.TotalSeconds);

    public static string Readable(double seconds)
    {
        if (double.IsNaN(seconds)) return "–";
        var s = (long)Math.Round(Math.Clamp(seconds, 0, TimeSpan.MaxValue.TotalSeconds / 2), MidpointRounding.AwayFromZero);
        if (s < 60) return $"{s} s";
        if (s < 600) return Two(s / 60, "min", s % 60, "s");
        var minutes = (long)Math.Round(s / 60.0, MidpointRounding.AwayFromZero);
        if (minutes < 60) return $"{minutes} min";
        if (minutes < 24 * 60) return Two(minutes / 60, "h", minutes % 60, "min");
        var hours = (long)Math.Round(minutes / 60.0, MidpointRounding.AwayFromZero);
        return Two(hours / 24, "d", hours % 24, "h");
    }

    private static string Two(long big, string bigUnit, long small, string smallUnit) =>
        small == 0 ? $"{big} {bigUnit}" : $"{big} {bigUnit} {small} {smallUnit}";
}
