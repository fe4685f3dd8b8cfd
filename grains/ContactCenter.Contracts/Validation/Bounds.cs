namespace ContactCenter.Contracts.Validation;

/// <summary>
/// Size limits for every string and list that crosses the API, and checks for free text and numbers.
/// Free text may hold any printable character (names in any language), but never control characters
/// (notes may hold line breaks and tabs).
/// </summary>
public static class Bounds
{
    public const int MaxName = 200;
    public const int MaxReason = 100;
    public const int MaxWrapUpCode = 64;
    public const int MaxNotes = 4_000;
    public const int MaxCallerId = 64;
    public const int MaxAttributeKey = 64;
    public const int MaxAttributeValue = 256;
    public const int MaxAttributes = 32;
    public const int MaxAgentSkills = 50;
    public const int MaxRequiredSkills = 20;
    public const int MaxWideningSteps = 20;
    public const int MaxEntryRules = 500;
    /// <summary>Thirty days: the longest wait, threshold or widening step any queue may set.</summary>
    public const int MaxSeconds = 30 * 24 * 3_600;

    /// <summary>Required text: not blank, at most <paramref name="max"/> characters, no control characters.</summary>
    public static void RequireText(string? value, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) throw ContactCenterException.Invalid(field, $"{field} is required.");
        RequireOptionalText(value, field, max);
    }

    /// <summary>Optional text: null allowed; otherwise at most <paramref name="max"/> characters, no control characters.</summary>
    public static void RequireOptionalText(string? value, string field, int max, bool multiLine = false)
    {
        if (value is null) return;
        if (value.Length > max) throw ContactCenterException.Invalid(field, $"{field} must be at most {max} characters.");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && !(multiLine && c is '\n' or '\r' or '\t'))
                throw ContactCenterException.Invalid(field, $"{field} must not contain control characters.");
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(c)) throw ContactCenterException.Invalid(field, $"{field} must be valid Unicode text.");
        }
    }

    public static void RequireCount<T>(IReadOnlyCollection<T>? items, string field, int max, int min = 0)
    {
        var count = items?.Count ?? 0;
        if (count < min) throw ContactCenterException.Invalid(field, min == 1 ? $"{field} needs at least one item." : $"{field} needs at least {min} items.");
        if (count > max) throw ContactCenterException.Invalid(field, $"{field} may hold at most {max} items.");
    }

    /// <summary>Refuses a null element, naming its index; the other checks assume none.</summary>
    public static void RequireNoNulls<T>(IReadOnlyList<T>? items, string field) where T : class
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
            if (items![i] is null) throw ContactCenterException.Invalid($"{field}[{i}]", $"{field}[{i}] must not be null.");
    }

    /// <summary>A finite number in [min, max]; NaN and infinities never pass.</summary>
    public static void RequireFinite(double value, string field, double min, double max)
    {
        if (!double.IsFinite(value) || value < min || value > max)
            throw ContactCenterException.Invalid(field, $"{field} must be a finite number between {min:R} and {max:R}.");
    }

    public static void RequireRange(int value, string field, int min, int max)
    {
        if (value < min || value > max) throw ContactCenterException.Invalid(field, $"{field} must be between {min} and {max}.");
    }

    /// <summary>IVR attributes and entry-rule matches: bounded count, keys and values; no nulls.</summary>
    public static void RequireAttributes(IReadOnlyDictionary<string, string>? attributes, string field)
    {
        if (attributes is null) return;
        if (attributes.Count > MaxAttributes) throw ContactCenterException.Invalid(field, $"{field} may hold at most {MaxAttributes} entries.");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in attributes)
        {
            if (key is not null && !names.Add(key))
                throw ContactCenterException.Invalid(field, $"{field} names '{key}' twice (names are compared without case).");
            if (string.IsNullOrWhiteSpace(key)) throw ContactCenterException.Invalid(field, $"{field} names must not be blank.");
            RequireOptionalText(key, field, MaxAttributeKey);
            var at = $"{field}.{key}";
            if (value is null) throw ContactCenterException.Invalid(at, $"{at} must be a string.");
            RequireOptionalText(value, at, MaxAttributeValue);
        }
    }
}
