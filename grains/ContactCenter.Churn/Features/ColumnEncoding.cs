using System.Text.Json.Serialization;

namespace ContactCenter.Churn.Features;

/// <summary>
/// How one input column becomes slots of the feature vector. Numeric: the value (blank = training median) and,
/// when training saw blanks, a missing-indicator slot. Categorical: one-hot over the kept categories (blank is its
/// own "(blank)" category) plus an "(other)" slot when rarer categories were folded; unseen values hit "(other)"
/// or, without it, no slot at all.
/// </summary>
internal sealed class ColumnEncoding
{
    public const string BlankCategory = "(blank)";
    public const string OtherCategory = "(other)";

    private Dictionary<string, int>? _index;

    public required string Name { get; init; }
    public required bool Numeric { get; init; }
    public double Median { get; init; }
    public bool MissingSlot { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public bool OtherSlot { get; init; }
    /// <summary>The typical raw value (median or most common category; null = blank), used to explain predictions.</summary>
    public string? Baseline { get; init; }
    /// <summary>Blank cells in the training part.</summary>
    public int Blanks { get; init; }
    /// <summary>Where this column's slots start in the feature vector.</summary>
    public int Offset { get; set; }

    [JsonIgnore]
    public int Width => Numeric ? 1 + (MissingSlot ? 1 : 0) : Categories.Count + (OtherSlot ? 1 : 0);

    /// <summary>Writes this column's slots for a raw cell (already cleaned: null is blank) into the vector.</summary>
    public void Encode(string? cell, Span<float> vector)
    {
        var slots = vector.Slice(Offset, Width);
        slots.Clear();
        if (Numeric)
        {
            // Text that is not a number at scoring time is treated as blank rather than failing the prediction.
            var known = Cells.TryNumber(cell, out var value);
            slots[0] = (float)(known ? value : Median);
            if (MissingSlot && !known) slots[1] = 1f;
            return;
        }
        _index ??= Categories.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        if (_index.TryGetValue(cell ?? BlankCategory, out var slot)) slots[slot] = 1f;
        else if (OtherSlot) slots[Categories.Count] = 1f;
    }

    public ModelColumn Describe() => new(Name, Numeric, Numeric ? 0 : Width, Blanks);
}
