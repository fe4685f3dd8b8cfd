namespace ContactCenter.Tests.Chat;

/// <summary>Chats with fresh keys: a queue of its own, reached by a topic of its own through a chat entry rule.</summary>
public sealed class ChatWorld(ClusterFixture fixture)
{
    public CenterBuilder Center { get; } = new(fixture);
    public IGrainFactory Grains => fixture.Grains;

    public IChatConversationGrain Chat(string id) => Grains.GetGrain<IChatConversationGrain>(id);

    public static string Secret() => Guid.NewGuid().ToString("N");

    /// <summary>A queue with a fresh skill and a chat entry rule sending the returned topic to it (put first).</summary>
    public async Task<(string QueueId, string Skill, string Topic)> Desk()
    {
        var skill = CenterBuilder.Skill("chat");
        var queue = await Center.NewQueue(skill);
        var topic = $"t{Guid.NewGuid():N}"[..20];
        var directory = Grains.GetGrain<IRoutingDirectoryGrain>("center");
        var rules = await directory.GetEntryRules();
        await directory.SetEntryRules([new EntryRule($"chat {topic}", new Dictionary<string, string> { ["topic"] = topic }, Channel.Chat, queue, []), .. rules]);
        return (queue, skill, topic);
    }

    public async Task<(string Id, ChatView View, string Secret)> Start(string topic, string? customerRef = null, string? first = "Hello",
        string? address = null, string name = "Dana")
    {
        var id = CenterBuilder.Key("chat");
        var secret = Secret();
        var view = await Chat(id).Start(new ChatStart(name, customerRef, topic, address ?? CenterBuilder.Key("addr"), first, secret));
        return (id, view, secret);
    }

    public void Advance(TimeSpan by) => fixture.Time.Advance(by);
}
