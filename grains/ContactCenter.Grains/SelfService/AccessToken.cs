using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Grains.SelfService;

/// <summary>
/// The secret a customer holds for their request: 160 random bits in Crockford base 32 (32 characters). Only a
/// SHA-256 of a per-request 16-byte salt and the token is kept, and checks compare in constant time.
/// </summary>
public static class AccessToken
{
    public const int TokenBytes = 20;
    public const int SaltBytes = 16;

    /// <summary>Stands in for an unknown reference, so its refusal costs the same hashing and comparing as a wrong token.</summary>
    private static readonly (byte[] Salt, byte[] Hash) Decoy = (RandomNumberGenerator.GetBytes(SaltBytes), RandomNumberGenerator.GetBytes(32));

    public static string New() => Encode(RandomNumberGenerator.GetBytes(TokenBytes));

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltBytes);

    public static byte[] Hash(byte[] salt, string token)
    {
        var canonical = Encoding.ASCII.GetBytes(Canonical(token));
        return SHA256.HashData([.. salt, .. canonical]);
    }

    /// <summary>Whether the token matches; with no stored hash (unknown reference) it checks against a decoy and says no.</summary>
    public static bool Matches(byte[]? salt, byte[]? hash, string? token)
    {
        var known = salt is not null && hash is not null;
        var given = token is { Length: > 0 and <= SelfServiceReferences.MaxToken } ? token : "";
        var equal = CryptographicOperations.FixedTimeEquals(Hash(known ? salt! : Decoy.Salt, given), known ? hash! : Decoy.Hash);
        return known && given.Length > 0 && equal;
    }

    /// <summary>Tokens are read back without regard to case, spaces or dashes (they may be copied in groups).</summary>
    private static string Canonical(string token)
    {
        var chars = token.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray();
        return chars.All(c => c < 128) ? new string(chars) : "";
    }

    private static string Encode(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 8 / 5);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(SelfServiceReferences.Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) text.Append(SelfServiceReferences.Alphabet[(buffer << (5 - bits)) & 31]);
        return text.ToString();
    }
}
