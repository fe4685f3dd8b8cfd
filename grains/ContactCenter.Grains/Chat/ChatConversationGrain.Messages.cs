namespace ContactCenter.Grains.Chat;

/// <summary>What the two sides write, and who is typing (never stored).</summary>
public sealed partial class ChatConversationGrain
{
    private DateTimeOffset? _customerTypingUntil;
    private DateTimeOffset? _agentTypingUntil;

    public async Task<ChatView> PostFromCustomer(string text)
    {
        RequireExists();
        ChatStart.RequireMessage(text, "text");
        RequireOpen();
        var now = time.GetUtcNow();
        if (_rate.WaitBefore(now) is { } wait)
            throw ContactCenterException.TooMany("text",
                $"At most {ChatLimits.MessagesPerMinute} messages per minute; wait {ChatLimits.InSeconds(wait)} before sending the next one.");
        _rate.Count(now);
        _customerTypingUntil = null;
        Add(ChatSender.Customer, null, text.Trim());
        await state.WriteStateAsync();
        return View();
    }

    public async Task<ChatView> PostFromAgent(string agentId, string text, string? articleId = null)
    {
        RequireExists();
        Ids.Require(agentId, "agentId");
        Ids.RequireOptional(articleId, "articleId");
        if (articleId is null) ChatStart.RequireMessage(text, "text");
        else ChatStart.RequireMessage(text, "text", optional: true);
        if (S.AgentId != agentId || S.Status != InteractionStatus.Connected) await Follow();
        RequireOpen();
        if (S.AgentId != agentId || S.Status != InteractionStatus.Connected)
            throw ContactCenterException.Conflict($"Agent '{agentId}' is not connected to chat '{Id}'.");
        var body = text?.Trim() ?? "";
        if (articleId is not null)
        {
            var article = await GrainFactory.GetGrain<IKnowledgeArticleGrain>(articleId)
                .RecordUse(new KnowledgeUse(KnowledgeUseKind.SentInChat, Id, null));
            // A public article is also on the self-service pages, so the customer can read it in full.
            var line = article.Visibility == ArticleVisibility.Public ? $"Article: {article.Title} (/help/articles/{articleId})" : $"Article: {article.Title}";
            body = body.Length == 0 ? line : $"{body}\n\n{line}";
        }
        _agentTypingUntil = null;
        Add(ChatSender.Agent, agentId, body, articleId);
        await state.WriteStateAsync();
        return View();
    }

    public Task CustomerTyping(bool typing)
    {
        if (!S.Exists || S.Finished) return Task.CompletedTask;
        _customerTypingUntil = typing ? time.GetUtcNow() + ChatLimits.TypingFor : null;
        live.Publish(new ChatEvent(Id, ChatEventKind.Typing, time.GetUtcNow(), Typist: ChatSender.Customer, Typing: typing));
        return Task.CompletedTask;
    }

    public Task AgentTyping(string agentId, bool typing)
    {
        if (!S.Exists || S.Finished || S.AgentId != agentId) return Task.CompletedTask;
        _agentTypingUntil = typing ? time.GetUtcNow() + ChatLimits.TypingFor : null;
        live.Publish(new ChatEvent(Id, ChatEventKind.Typing, time.GetUtcNow(), Typist: ChatSender.Agent, Typing: typing));
        return Task.CompletedTask;
    }

    private void RequireOpen()
    {
        if (S.Finished) throw ContactCenterException.Conflict($"Chat '{Id}' has ended; start a new chat to write again.");
        if (S.Messages.Count >= ChatLimits.MaxTranscript)
            throw ContactCenterException.TooMany("text", $"A chat holds at most {ChatLimits.MaxTranscript} messages; this one is full, start a new chat.");
    }

    /// <summary>Appends a message (the caller saves) and pushes it to both sides.</summary>
    private void Add(ChatSender from, string? agentId, string text, string? articleId = null)
    {
        var message = new ChatMessage(S.NextSeq, from, agentId, text, time.GetUtcNow(), articleId);
        S.Messages.Add(message);
        live.Publish(new ChatEvent(Id, ChatEventKind.Message, message.At, message));
    }

    private ChatView View()
    {
        var now = time.GetUtcNow();
        var waiting = !S.Finished && S.Status == InteractionStatus.Queued ? _place : null;
        return new ChatView(Id, S.Status, S.Name, S.Topic, S.CustomerId, S.QueueId, S.AgentId, waiting?.Place, waiting?.EstimatedWaitSeconds,
            S.Messages.ToArray(), _customerTypingUntil > now, _agentTypingUntil > now, S.AgentName, S.Finished);
    }
}
