using ContactCenter.Contracts;

namespace ContactCenter.Load.Mixed;

/// <summary>
/// The run's center: one queue per channel family (callbacks queue where their call waited), entry rules that send
/// chats and emails there, and agents who serve every queue with the chat capacity asked for.
/// </summary>
internal sealed class MixedCenter(IGrainFactory grains, string runId, MixedOptions options)
{
    public const string ChatTopic = "mixed-load";
    public string VoiceQueue { get; } = $"{runId}-voice";
    public string ChatQueue { get; } = $"{runId}-chat";
    public string EmailQueue { get; } = $"{runId}-email";
    public IReadOnlyList<string> AgentIds { get; } = Enumerable.Range(1, options.Agents).Select(i => $"{runId}-agent-{i}").ToArray();

    /// <summary>
    /// Why a channel the run needs cannot be driven here (null when it can): on a cluster without the chat or email
    /// grains (their branches not merged) no grain implements the contract, which Orleans says when one is addressed.
    /// </summary>
    public static string? Unavailable(IGrainFactory grains, MixedOptions options)
    {
        var missing = new List<string>();
        if (options.Chats > 0 && !Implemented(() => grains.GetGrain<IChatConversationGrain>("probe"))) missing.Add("chat is not available (no grain implements IChatConversationGrain)");
        if (options.Emails > 0 && !Implemented(() => grains.GetGrain<IEmailIntakeGrain>("probe"))) missing.Add("email is not available (no grain implements IEmailIntakeGrain)");
        return missing.Count == 0 ? null : string.Join("; ", missing) + ". Run with --chats 0 / --emails 0, or on a build that has them.";
    }

    private static bool Implemented(Func<IAddressable> address)
    {
        try
        {
            address();
            return true;
        }
        catch (ArgumentException) { return false; }
    }

    public async Task ConfigureAsync()
    {
        await Queue(VoiceQueue, "voice", MixedOptions.VoiceThreshold);
        await Queue(ChatQueue, "chat", MixedOptions.ChatThreshold);
        await Queue(EmailQueue, "email", MixedOptions.EmailThreshold);
        await grains.GetGrain<IRoutingDirectoryGrain>("center").SetEntryRules(
        [
            new EntryRule("load chats", new Dictionary<string, string> { ["topic"] = ChatTopic }, Channel.Chat, ChatQueue, []),
            new EntryRule("load emails", new Dictionary<string, string>(), Channel.Email, EmailQueue, []),
        ]);
        var skills = new[] { new SkillLevel($"{runId}-voice", 5), new SkillLevel($"{runId}-chat", 5), new SkillLevel($"{runId}-email", 5) };
        var capacity = new ChannelCapacity(Voice: 1, Chat: options.ChatCapacity, Email: 2, Callback: 1);
        await Task.WhenAll(AgentIds.Select(id => grains.GetGrain<IAgentGrain>(id).Configure(new AgentProfile(id, id, "load", skills, capacity))));
    }

    private Task Queue(string id, string skill, int threshold) => grains.GetGrain<IQueueGrain>(id).Configure(new QueueConfig(
        id, id, [new SkillRequirement($"{runId}-{skill}", 1)], new ServiceLevelTarget(80, threshold), 3_600, OverflowTarget.None, [], PriorityWeights.Default));

    /// <summary>The threshold a channel's service level is measured against: its queue's.</summary>
    public static int ThresholdOf(Channel channel) => channel switch
    {
        Channel.Chat => MixedOptions.ChatThreshold,
        Channel.Email => MixedOptions.EmailThreshold,
        _ => MixedOptions.VoiceThreshold,
    };
}
