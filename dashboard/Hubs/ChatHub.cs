using System.Security.Cryptography;
using ContactCenter.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Dashboard.Hubs;

/// <summary>
/// The customer's side of a live chat at /hubs/chat, without sign-in. Start returns the chat's id and a secret that the
/// page keeps in sessionStorage; Resume with both rejoins after a reload. A connection may write only to chats it started
/// or resumed with the right secret. Messages, typing and status are pushed to the group "chat:{id}" (ChatHubBroadcaster).
/// Refusals come back as a result naming the field, never as an exception, so the page can show them next to the input.
/// </summary>
[AllowAnonymous]
public sealed class ChatHub(IGrainFactory grains, ILogger<ChatHub> logger) : Hub
{
    public const string Path = "/hubs/chat";

    public static string Group(string interactionId) => $"chat:{interactionId}";

    public async Task<ChatHubResult> Start(ChatStartRequest request)
    {
        var id = $"chat-{Guid.NewGuid():N}";
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var address = Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return await Run(id, secret, async chat =>
        {
            var view = await chat.Start(new ChatStart(request.Name ?? "", request.CustomerRef, request.Topic ?? "", address, request.Message, secret));
            await Join(id);
            return view;
        });
    }

    public Task<ChatHubResult> Resume(string interactionId, string secret) => Run(interactionId, null, async chat =>
    {
        var view = await chat.Open(secret ?? "");
        await Join(interactionId);
        return view;
    });

    public Task<ChatHubResult> Send(string interactionId, string text) => Run(interactionId, null, chat => Owned(interactionId, chat).PostFromCustomer(text));

    public async Task Typing(string interactionId, bool typing)
    {
        if (Owns(interactionId)) await grains.GetGrain<IChatConversationGrain>(interactionId).CustomerTyping(typing);
    }

    public Task<ChatHubResult> Leave(string interactionId) => Run(interactionId, null, chat => Owned(interactionId, chat).Leave());

    private async Task Join(string interactionId)
    {
        Owned().Add(interactionId);
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(interactionId));
    }

    private HashSet<string> Owned() =>
        (HashSet<string>)(Context.Items.TryGetValue("chats", out var chats) ? chats! : Context.Items["chats"] = new HashSet<string>(StringComparer.Ordinal));

    private bool Owns(string interactionId) => interactionId is not null && Owned().Contains(interactionId);

    private IChatConversationGrain Owned(string interactionId, IChatConversationGrain chat) =>
        Owns(interactionId) ? chat : throw ContactCenterException.NotFound("Chat", interactionId);

    private async Task<ChatHubResult> Run(string interactionId, string? secret, Func<IChatConversationGrain, Task<ChatView>> action)
    {
        if (string.IsNullOrWhiteSpace(interactionId)) return ChatHubResult.Refused(404, "interactionId", "This chat does not exist.");
        try { return ChatHubResult.Done(CustomerChatView.Of(await action(grains.GetGrain<IChatConversationGrain>(interactionId))), secret); }
        catch (ContactCenterException e)
        {
            logger.LogDebug("Chat {InteractionId} refused: {Reason}", interactionId, e.Message);
            var status = e.Kind switch { ErrorKind.Invalid => 400, ErrorKind.NotFound => 404, ErrorKind.TooMany => 429, _ => 409 };
            return ChatHubResult.Refused(status, e.Field, e.Kind == ErrorKind.NotFound ? "This chat does not exist or has expired." : e.Message);
        }
    }
}
