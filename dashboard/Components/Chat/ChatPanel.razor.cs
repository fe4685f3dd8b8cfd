using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Dashboard.Components.Chat;

/// <summary>
/// One chat of the agent. Loads the conversation, then follows its pushed events (this dashboard's live feed); a typing
/// signal goes out at most every few seconds while the agent types.
/// </summary>
public sealed partial class ChatPanel : IDisposable
{
    private static readonly TimeSpan TypingEvery = TimeSpan.FromSeconds(3);
    private IDisposable? _subscription;
    private DateTimeOffset _typingSentAt;
    private DateTimeOffset? _customerTypingUntil;

    [Parameter, EditorRequired] public WorkItem Item { get; set; } = null!;
    [Parameter, EditorRequired] public string AgentId { get; set; } = "";
    [Parameter] public DateTimeOffset Now { get; set; }
    [Inject] private ChatDesk Desk { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;

    private ChatView? View { get; set; }
    private string? Text { get; set; }
    private string? ArticleId { get; set; }
    private string? Error { get; set; }
    private bool Sending { get; set; }

    private bool CanWrite => View is { Ended: false } && Item.Status == WorkStatus.Connected;
    private bool CustomerTyping => _customerTypingUntil > Time.GetUtcNow();

    /// <summary>Chooses an article to send with the next message (the knowledge suggestions call this).</summary>
    public void InsertArticle(string articleId)
    {
        ArticleId = articleId;
        StateHasChanged();
    }

    protected override async Task OnInitializedAsync()
    {
        _subscription = Desk.Arrived(Item.InteractionId, events => _ = InvokeAsync(() => Take(events)));
        await Reload();
    }

    private async Task Take(IReadOnlyList<ChatEvent> events)
    {
        foreach (var typing in events.Where(e => e is { Kind: ChatEventKind.Typing, Typist: ChatSender.Customer }))
            _customerTypingUntil = typing.Typing ? typing.At + TimeSpan.FromSeconds(6) : null;
        if (events.Any(e => e is { Kind: ChatEventKind.Message, Message.From: ChatSender.Customer })) _customerTypingUntil = null;
        if (events.Any(e => e.Kind != ChatEventKind.Typing)) await Reload();
        StateHasChanged();
    }

    private async Task Reload()
    {
        try { View = await Desk.View(Item.InteractionId); }
        catch (ContactCenterException e) { Error = e.Message; }
    }

    private async Task Typed()
    {
        var now = Time.GetUtcNow();
        if (now - _typingSentAt < TypingEvery || string.IsNullOrEmpty(Text)) return;
        _typingSentAt = now;
        try { await Desk.Typing(Item.InteractionId, AgentId, true); }
        catch (ContactCenterException) { /* a typing signal is best effort */ }
    }

    private async Task Send()
    {
        if (string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(ArticleId)) { Error = "Write a message first."; return; }
        Sending = true;
        try
        {
            View = await Desk.Send(Item.InteractionId, AgentId, Text ?? "", ArticleId);
            (Text, ArticleId, Error, _typingSentAt) = (null, null, null, default);
        }
        catch (ContactCenterException e) { Error = e.Message; }
        finally { Sending = false; }
    }

    public void Dispose() => _subscription?.Dispose();
}
