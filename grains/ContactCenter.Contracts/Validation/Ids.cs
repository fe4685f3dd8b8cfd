namespace ContactCenter.Contracts.Validation;

/// <summary>
/// The one grammar for every id (agents, queues, interactions, customers): 1 to 128 ASCII characters,
/// letters, digits and <c>- _ . : @</c>, starting with a letter or a digit, and never <c>..</c>.
/// Ids become grain keys, URL path segments, Location headers and log fields, so nothing in them
/// may need escaping: no whitespace, control characters, slashes, '%', ';', '~' or non-ASCII.
/// </summary>
public static class Ids
{
    public const int MaxLength = 128;

    public const string Grammar = "1 to 128 ASCII letters, digits and '-', '_', '.', ':', '@', starting with a letter or digit, without '..'";

    public static bool IsValid(string? id) => IsValid(id, MaxLength);

    /// <summary>Throws ContactCenterException (Invalid) naming <paramref name="field"/> when the id breaks the grammar.</summary>
    public static string Require(string? id, string field)
    {
        if (string.IsNullOrEmpty(id)) throw ContactCenterException.Invalid(field, $"{field} is required.");
        if (!IsValid(id)) throw ContactCenterException.Invalid(field, $"{field} must be {Grammar}.");
        return id;
    }

    /// <summary>Checks an optional id: null is allowed, anything else must follow the grammar.</summary>
    public static void RequireOptional(string? id, string field)
    {
        if (id is not null) Require(id, field);
    }

    internal static bool IsValid(string? id, int maxLength)
    {
        if (string.IsNullOrEmpty(id) || id.Length > maxLength || !char.IsAsciiLetterOrDigit(id[0])) return false;
        foreach (var c in id)
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':' or '@')) return false;
        return !id.Contains("..", StringComparison.Ordinal);
    }
}
