namespace ContactCenter.Contracts;

/// <summary>
/// One live chat: its transcript and typing state, durable in "cc" (the interaction of the same key holds routing and
/// lifecycle). Limits (message size, messages per minute) are enforced here, refused with 400/429 naming why.
/// Key: the interaction id.
/// </summary>
public interface IChatConversationGrain : IGrainWithStringKey
{
    /// <summary>Creates the Chat interaction (entry rules map the topic to a queue) and the conversation.</summary>
    Task<ChatView> Start(ChatStart start);

    Task<ChatView> GetView();

    /// <summary>The customer comes back (a reload): the view when the secret given at Start matches, NotFound otherwise.</summary>
    Task<ChatView> Open(string secret);

    /// <summary>The customer writes. Refused once the chat has ended.</summary>
    Task<ChatView> PostFromCustomer(string text);

    /// <summary>The connected agent writes, optionally sending an article (which counts as a use).</summary>
    Task<ChatView> PostFromAgent(string agentId, string text, string? articleId = null);

    /// <summary>The customer started or stopped typing: pushed to the agent, never stored, forgotten after a few seconds.</summary>
    Task CustomerTyping(bool typing);

    /// <summary>The connected agent started or stopped typing; ignored from anyone else.</summary>
    Task AgentTyping(string agentId, bool typing);

    /// <summary>The customer leaves: an abandonment while waiting, the end of the conversation once connected.</summary>
    Task<ChatView> Leave();

    /// <summary>The interaction of this chat changed status, agent or queue (sent by the interaction, one-way): both sides are told.</summary>
    [OneWay]
    Task InteractionChanged(InteractionSnapshot interaction);
}

/// <summary>
/// How many chats one client address opened in the last hour, so a single address cannot flood the queues.
/// Key: the client address as the edge saw it.
/// </summary>
public interface IChatClientLimitGrain : IGrainWithStringKey
{
    /// <summary>Counts one more chat, or refuses (TooMany, 429) saying how many are allowed and when the next one is.</summary>
    Task Admit();
}
