using System.Globalization;
using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Components.Analyst;

/// <summary>Formatting shared by the model page's tables.</summary>
public static class ModelView
{
    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Range(CalibrationBin bin) =>
        $"{(bin.Lower * 100).ToString("0", CultureInfo.InvariantCulture)}–{(bin.Upper * 100).ToString("0", CultureInfo.InvariantCulture)}%";

    /// <summary>A bar length (0..100) relative to the largest value; drops at or below zero draw nothing.</summary>
    public static double Bar(double value, double max) => max <= 0 || value <= 0 ? 0 : Math.Min(100, value / max * 100);
}
