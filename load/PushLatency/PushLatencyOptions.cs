namespace ContactCenter.Load.PushLatency;

internal sealed record PushLatencyOptions(Uri Url, string User, string Password, int Pages, int Events, FileInfo Output)
{
    /// <summary>Longer than the publisher's 200 ms tick, so every count is shown before the next one.</summary>
    public static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(300);
}
