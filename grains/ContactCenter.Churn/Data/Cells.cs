using System.Globalization;

namespace ContactCenter.Churn;

/// <summary>How raw text cells are read: blank or whitespace is missing, numbers are invariant culture.</summary>
internal static class Cells
{
    public static string? Clean(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();

    public static bool TryNumber(string? cell, out double value) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
