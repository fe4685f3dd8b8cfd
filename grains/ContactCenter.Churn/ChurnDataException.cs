namespace ContactCenter.Churn;

/// <summary>Bad training or scoring data; Field names the column or setting at fault.</summary>
public sealed class ChurnDataException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
