using System.Security.Cryptography;

namespace ContactCenter.Contracts;

/// <summary>Short human references ("SR-7K3M-Q9PX") and the one answer for a wrong reference or token.</summary>
public static class SelfServiceReferences
{
    /// <summary>Crockford's base-32 alphabet: no I, L, O or U, so a reference read aloud is not misheard.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const string Prefix = "SR-";
    public const int Length = 12;
    public const int MaxToken = 64;
    public const string NotRight = "The reference or the token is not right.";
    public const string CatalogKey = "center";

    /// <summary>40 random bits, as SR-XXXX-XXXX.</summary>
    public static string New()
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"{Prefix}{chars[..4]}-{chars[4..]}";
    }

    /// <summary>The reference as typed (any case, spaces around) in its canonical form, or null when it cannot be one.</summary>
    public static string? Normalize(string? reference)
    {
        var r = reference?.Trim().ToUpperInvariant();
        if (r is not { Length: Length } || !r.StartsWith(Prefix, StringComparison.Ordinal) || r[7] != '-') return null;
        foreach (var c in r[3..7] + r[8..]) if (!Alphabet.Contains(c)) return null;
        return r;
    }

    /// <summary>The refusal for a wrong token or an unknown reference; the same either way.</summary>
    public static ContactCenterException Refusal() => new(ErrorKind.NotFound, NotRight);
}
