namespace ContactCenter.Grains.Chat;

/// <summary>
/// Chats opened from one client address in the last hour, in memory: an address that floods loses its count if this
/// grain is collected, which costs at most one more hour's allowance, never a customer's chat.
/// </summary>
public sealed class ChatClientLimitGrain(TimeProvider time) : Grain, IChatClientLimitGrain
{
    private readonly MessageRate _opened = new(ChatLimits.ChatsPerAddressPerHour, TimeSpan.FromHours(1));

    public Task Admit()
    {
        var now = time.GetUtcNow();
        if (_opened.WaitBefore(now) is { } wait)
            throw ContactCenterException.TooMany("clientAddress",
                $"At most {ChatLimits.ChatsPerAddressPerHour} chats per hour may be opened from one address; the next one can start in {Math.Ceiling(wait.TotalMinutes)} min.");
        _opened.Count(now);
        DelayDeactivation(TimeSpan.FromHours(1));
        return Task.CompletedTask;
    }
}
