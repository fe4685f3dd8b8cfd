using System.Security.Cryptography;
using System.Text;
using ContactCenter.Grains.Live;
using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains.Chat;

/// <summary>
/// One live chat (see <see cref="IChatConversationGrain"/>). The interaction of the same key routes it; this grain keeps
/// the transcript, hears of the interaction's changes (agent joined, ended), reads its place in queue while it waits,
/// and pushes every change through this silo's <see cref="LivePublisher"/> to both sides.
/// </summary>
public sealed partial class ChatConversationGrain(
    [PersistentState("chat", GrainStorage.Name)] IPersistentState<ChatState> state,
    LivePublisher live,
    TimeProvider time,
    ILogger<ChatConversationGrain> logger) : Grain, IChatConversationGrain
{
    private string Id => this.GetPrimaryKeyString();
    private ChatState S => state.State;
    private readonly MessageRate _rate = new(ChatLimits.MessagesPerMinute, TimeSpan.FromMinutes(1));

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A chat that was waiting when its silo died reads its place again; the interaction tells it everything else.
        if (S.Exists && !S.Finished && S.Status == InteractionStatus.Queued) StartFollowing();
        return Task.CompletedTask;
    }

    public async Task<ChatView> Start(ChatStart start)
    {
        Ids.Require(Id, "interactionId");
        if (start is null) throw ContactCenterException.Invalid("body", "A chat request is required.");
        start.Validate();
        if (S.Exists) return S.SecretHash == Hash(start.Secret!) ? View()
            : throw ContactCenterException.Conflict($"Chat '{Id}' already exists; start a new one.");
        await GrainFactory.GetGrain<IChatClientLimitGrain>(start.ClientAddress).Admit();
        var customerId = await KnownCustomer(start.CustomerRef);
        var attributes = new Dictionary<string, string> { ["topic"] = start.Topic.Trim(), ["name"] = start.Name.Trim() };
        var now = time.GetUtcNow();
        (S.Name, S.Topic, S.CustomerId, S.SecretHash, S.StartedAt) = (start.Name.Trim(), start.Topic.Trim(), customerId, Hash(start.Secret!), now);
        InteractionSnapshot created;
        try { created = await Interaction.Create(new NewInteraction(Channel.Chat, customerId, null, attributes)); }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.Invalid && e.Field == "attributes")
        {
            state.State = new ChatState();
            throw ContactCenterException.Invalid("topic", $"No queue takes chats about '{start.Topic.Trim()}'; choose another topic.");
        }
        S.Exists = true;
        (S.Status, S.QueueId) = (created.Status, created.QueueId);
        Add(ChatSender.System, null, $"Hello {S.Name}, you are in the queue for {S.Topic}. An agent will be with you shortly.");
        if (!string.IsNullOrWhiteSpace(start.FirstMessage)) Add(ChatSender.Customer, null, start.FirstMessage.Trim());
        await state.WriteStateAsync();
        await Follow(created);
        return View();
    }

    public async Task<ChatView> GetView()
    {
        RequireExists();
        if (!S.Finished) await Follow();
        return View();
    }

    public async Task<ChatView> Open(string secret)
    {
        // The same answer for an unknown chat and a wrong secret: a stranger learns nothing.
        if (!S.Exists || string.IsNullOrEmpty(secret) || S.SecretHash != Hash(secret)) throw ContactCenterException.NotFound("Chat", Id);
        return await GetView();
    }

    public async Task<ChatView> Leave()
    {
        RequireExists();
        if (S.Finished) return View();
        var interaction = await Interaction.GetSnapshot();
        if (interaction.Status is InteractionStatus.Queued or InteractionStatus.Offered) interaction = await Interaction.Abandon();
        else if (interaction.Status == InteractionStatus.Connected) interaction = await Interaction.Ended();
        Add(ChatSender.System, null, $"{S.Name} left the chat.");
        await Apply(interaction, customerLeft: true);
        return View();
    }

    /// <summary>The customer named by the reference, or null (anonymous) when it names nobody: the caller cannot tell which.</summary>
    private async Task<string?> KnownCustomer(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference)) return null;
        try { return (await GrainFactory.GetGrain<ICustomerGrain>(reference.Trim()).GetSnapshot()).Profile.CustomerId; }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound) { return null; }
    }

    private void RequireExists()
    {
        if (!S.Exists) throw ContactCenterException.NotFound("Chat", Id);
    }

    private IInteractionGrain Interaction => GrainFactory.GetGrain<IInteractionGrain>(Id);

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
