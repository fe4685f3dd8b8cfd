using ContactCenter.Contracts;
using ContactCenter.Dashboard.Live;

namespace ContactCenter.Dashboard.Services;

/// <summary>
/// The agent's side of live chats and the staff's transcript view. Chat events reach this dashboard from every silo
/// through the <see cref="LiveFeed"/>; <see cref="Arrived"/> hands each subscriber the events of its own chats.
/// </summary>
public sealed class ChatDesk(IGrainFactory grains, LiveFeed feed)
{
    private IChatConversationGrain Chat(string interactionId) => grains.GetGrain<IChatConversationGrain>(interactionId);

    public Task<ChatView> View(string interactionId) => Chat(interactionId).GetView();

    public Task<ChatView> Send(string interactionId, string agentId, string text, string? articleId) =>
        Chat(interactionId).PostFromAgent(agentId, text, string.IsNullOrWhiteSpace(articleId) ? null : articleId.Trim());

    public Task Typing(string interactionId, string agentId, bool typing) => Chat(interactionId).AgentTyping(agentId, typing);

    /// <summary>
    /// The topics the public page offers: the "topic" values of the entry rules that take chats, in rule order, and
    /// "other" when a rule takes every chat.
    /// </summary>
    public async Task<IReadOnlyList<string>> Topics()
    {
        var rules = await grains.GetGrain<IRoutingDirectoryGrain>("center").GetEntryRules();
        var chat = rules.Where(r => r.Channel is null or Channel.Chat).ToList();
        var topics = chat.SelectMany(r => r.Match.Where(m => string.Equals(m.Key, "topic", StringComparison.OrdinalIgnoreCase)).Select(m => m.Value))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (chat.Any(r => r.Match.Count == 0) && !topics.Contains("other", StringComparer.OrdinalIgnoreCase)) topics.Add("other");
        return topics;
    }

    /// <summary>Calls <paramref name="handler"/> (on the feed's thread) with the events of one chat; dispose to stop.</summary>
    public IDisposable Arrived(string interactionId, Action<IReadOnlyList<ChatEvent>> handler)
    {
        void Filter(IReadOnlyList<ChatEvent> events)
        {
            var mine = events.Where(e => e.InteractionId == interactionId).ToArray();
            if (mine.Length > 0) handler(mine);
        }
        feed.ChatsArrived += Filter;
        return new Subscription(() => feed.ChatsArrived -= Filter);
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
