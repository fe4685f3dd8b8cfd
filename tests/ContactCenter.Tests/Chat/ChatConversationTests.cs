namespace ContactCenter.Tests.Chat;

[Collection(ClusterCollection.Name)]
public sealed class ChatConversationTests(ClusterFixture fixture)
{
    private readonly ChatWorld _world = new(fixture);

    [Fact]
    public async Task A_chat_is_queued_by_its_topic_with_its_place_and_keeps_the_transcript_in_order()
    {
        var (queue, _, topic) = await _world.Desk();
        var (first, view, _) = await _world.Start(topic, first: "My bill is wrong");
        _world.Advance(TimeSpan.FromSeconds(1));
        var (_, second, _) = await _world.Start(topic, first: null);

        Assert.Equal((InteractionStatus.Queued, queue, 1), (view.Status, view.QueueId, view.PlaceInQueue));
        Assert.Equal(2, second.PlaceInQueue);
        Assert.Equal([ChatSender.System, ChatSender.Customer], view.Messages.Select(m => m.From));
        var snapshot = await _world.Center.Snapshot(first);
        Assert.Equal((Channel.Chat, topic, "Dana"), (snapshot.Channel, snapshot.Attributes["topic"], snapshot.Attributes["name"]));

        var after = await _world.Chat(first).PostFromCustomer("Invoice 42");
        Assert.Equal([1L, 2L, 3L], after.Messages.Select(m => m.Seq));
        Assert.Equal("Invoice 42", after.Messages[^1].Text);
    }

    [Fact]
    public async Task A_topic_no_rule_takes_is_refused_naming_the_topic_and_nothing_is_kept()
    {
        var (queue, _, topic) = await _world.Desk();
        var directory = _world.Grains.GetGrain<IRoutingDirectoryGrain>("center");
        var rules = await directory.GetEntryRules();
        // Only this test's rule, so no catch-all left by another test takes the unknown topic (tests of a collection run one at a time).
        await directory.SetEntryRules([rules[0]]);
        try
        {
            var id = CenterBuilder.Key("chat");
            var error = await Assert.ThrowsAsync<ContactCenterException>(() =>
                _world.Chat(id).Start(new ChatStart("Dana", null, "no-such-topic", CenterBuilder.Key("addr"), null, ChatWorld.Secret())));
            Assert.Equal((ErrorKind.Invalid, "topic"), (error.Kind, error.Field));
            Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<ContactCenterException>(() => _world.Chat(id).GetView())).Kind);
            Assert.Equal(queue, (await _world.Start(topic)).View.QueueId);
        }
        finally { await directory.SetEntryRules(rules); }
    }

    [Fact]
    public async Task A_known_customer_reference_links_the_chat_and_an_unknown_one_leaves_it_anonymous()
    {
        var (_, _, topic) = await _world.Desk();
        var customer = await _world.Center.NewCustomer(1_000);
        var (_, known, _) = await _world.Start(topic, customerRef: customer);
        var (_, unknown, _) = await _world.Start(topic, customerRef: CenterBuilder.Key("nobody"));
        Assert.Equal(customer, known.CustomerId);
        Assert.Null(unknown.CustomerId);
    }

    [Fact]
    public async Task The_secret_opens_the_chat_and_a_wrong_one_reveals_nothing()
    {
        var (_, _, topic) = await _world.Desk();
        var (id, _, secret) = await _world.Start(topic);
        Assert.Equal(id, (await _world.Chat(id).Open(secret)).InteractionId);
        var wrong = await Assert.ThrowsAsync<ContactCenterException>(() => _world.Chat(id).Open(ChatWorld.Secret()));
        var missing = await Assert.ThrowsAsync<ContactCenterException>(() => _world.Chat(CenterBuilder.Key("chat")).Open(secret));
        Assert.Equal((ErrorKind.NotFound, ErrorKind.NotFound), (wrong.Kind, missing.Kind));
        Assert.Equal(wrong.Message.Replace(id, "X"), missing.Message.Replace(missing.Message.Split('\'')[1], "X"));
    }

    [Fact]
    public async Task A_message_over_the_size_limit_is_refused_naming_the_text_and_changes_nothing()
    {
        var (_, _, topic) = await _world.Desk();
        var (id, view, _) = await _world.Start(topic);
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => _world.Chat(id).PostFromCustomer(new string('x', ChatStart.MaxMessage + 1)));
        Assert.Equal((ErrorKind.Invalid, "text"), (error.Kind, error.Field));
        Assert.Contains("2,000", error.Message);
        Assert.Equal(view.Messages.Count, (await _world.Chat(id).GetView()).Messages.Count);
        Assert.Equal(ChatStart.MaxMessage, (await _world.Chat(id).PostFromCustomer(new string('y', ChatStart.MaxMessage))).Messages[^1].Text.Length);
    }

    [Fact]
    public async Task Messages_per_minute_are_limited_in_a_sliding_window_under_the_time_provider()
    {
        var (_, _, topic) = await _world.Desk();
        var (id, _, _) = await _world.Start(topic, first: null);
        var chat = _world.Chat(id);
        for (var i = 0; i < Grains.Chat.ChatLimits.MessagesPerMinute; i++) await chat.PostFromCustomer($"m{i}");
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => chat.PostFromCustomer("one too many"));
        Assert.Equal((ErrorKind.TooMany, "text"), (error.Kind, error.Field));
        Assert.Contains("per minute", error.Message);
        _world.Advance(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAsync<ContactCenterException>(() => chat.PostFromCustomer("still too soon"));
        _world.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal("welcome back", (await chat.PostFromCustomer("welcome back")).Messages[^1].Text);
    }

    [Fact]
    public async Task Chats_per_client_address_per_hour_are_limited_and_the_refusal_says_why()
    {
        var (_, _, topic) = await _world.Desk();
        var address = CenterBuilder.Key("203.0.113.7");
        for (var i = 0; i < Grains.Chat.ChatLimits.ChatsPerAddressPerHour; i++) await _world.Start(topic, address: address);
        var id = CenterBuilder.Key("chat");
        var error = await Assert.ThrowsAsync<ContactCenterException>(() =>
            _world.Chat(id).Start(new ChatStart("Dana", null, topic, address, null, ChatWorld.Secret())));
        Assert.Equal((ErrorKind.TooMany, "clientAddress"), (error.Kind, error.Field));
        Assert.Contains("per hour", error.Message);
        Assert.Equal(ErrorKind.NotFound, (await Assert.ThrowsAsync<ContactCenterException>(() => _world.Chat(id).GetView())).Kind);
        _world.Advance(TimeSpan.FromHours(1));
        await _world.Start(topic, address: address);
    }

    [Fact]
    public async Task Leaving_while_waiting_is_an_abandonment_and_the_chat_takes_no_more_messages()
    {
        var (_, _, topic) = await _world.Desk();
        var (id, _, _) = await _world.Start(topic);
        var left = await _world.Chat(id).Leave();
        Assert.True(left.Ended);
        Assert.Equal(InteractionStatus.Abandoned, (await _world.Center.Snapshot(id)).Status);
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => _world.Chat(id).PostFromCustomer("hello?"));
        Assert.Equal(ErrorKind.Conflict, error.Kind);
        Assert.True((await _world.Chat(id).Leave()).Ended);
    }
}
