namespace ContactCenter.Dashboard.Api;

/// <summary>Input the API itself refuses before any grain is called.</summary>
internal sealed class ApiValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;

    public static void Require(bool ok, string field, string message)
    {
        if (!ok) throw new ApiValidationException(field, message);
    }
}
