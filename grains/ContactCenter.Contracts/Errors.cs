namespace ContactCenter.Contracts;

/// <summary>Why a command was refused. The HTTP API maps these to 400, 404, 409, 429 (TooMany: a rate limit, say which) and 403.</summary>
public enum ErrorKind { Invalid, NotFound, Conflict, TooMany, Forbidden }

/// <summary>A refused command. Grains throw it before changing any state, so nothing is half-applied.</summary>
[GenerateSerializer, Alias("cc.error")]
public sealed class ContactCenterException : Exception
{
    public ContactCenterException(ErrorKind kind, string message, string? field = null) : base(message)
    {
        Kind = kind;
        Field = field;
    }

    [Id(0)] public ErrorKind Kind { get; }
    [Id(1)] public string? Field { get; }

    public static ContactCenterException Invalid(string field, string message) => new(ErrorKind.Invalid, message, field);
    public static ContactCenterException NotFound(string what, string id) => new(ErrorKind.NotFound, $"{what} '{id}' does not exist.");
    public static ContactCenterException Conflict(string message) => new(ErrorKind.Conflict, message);
    public static ContactCenterException TooMany(string field, string message) => new(ErrorKind.TooMany, message, field);
    public static ContactCenterException Forbidden(string message) => new(ErrorKind.Forbidden, message);
}
