namespace ContactCenter.Tests.Agents;

[Collection(ClusterCollection.Name)]
public sealed class ChannelMixingTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    private async Task<(string Queue, string Agent)> Desk(ChannelCapacity capacity)
    {
        var skill = CenterBuilder.Skill("blend");
        var queue = await _center.NewQueue(skill);
        var agent = await _center.NewAgent(capacity, (skill, 5));
        await _center.Agent(agent).SetReady();
        return (queue, agent);
    }

    private async Task<InteractionSnapshot> Take(string queue, string agent, Channel channel)
    {
        var offered = await _center.Arrive(queue, channel: channel);
        Assert.Equal((InteractionStatus.Offered, agent), (offered.Status, offered.AgentId));
        await _center.Agent(agent).Accept(offered.InteractionId);
        return offered;
    }

    [Fact]
    public async Task By_default_a_chat_and_a_call_never_mix()
    {
        var (queue, agent) = await Desk(ChannelCapacity.Default);
        await Take(queue, agent, Channel.Chat);
        Assert.Equal(InteractionStatus.Queued, (await _center.Arrive(queue, channel: Channel.Voice)).Status);
        await Take(queue, agent, Channel.Chat);
    }

    [Fact]
    public async Task With_blending_an_agent_holds_a_chat_and_a_call_at_once_but_never_two_calls()
    {
        var (queue, agent) = await Desk(new ChannelCapacity(Voice: 1, Chat: 2, Email: 0, Callback: 1, MixVoiceAndDigital: true));
        await Take(queue, agent, Channel.Chat);
        await Take(queue, agent, Channel.Voice);
        Assert.Equal(InteractionStatus.Queued, (await _center.Arrive(queue, channel: Channel.Callback)).Status);
        Assert.Equal(InteractionStatus.Queued, (await _center.Arrive(queue, channel: Channel.Email)).Status);
        await Take(queue, agent, Channel.Chat);
        Assert.Equal(InteractionStatus.Queued, (await _center.Arrive(queue, channel: Channel.Chat)).Status);
        Assert.Equal(3, (await _center.Agent(agent).GetSnapshot()).Work.Count);
    }

    [Fact]
    public async Task Three_chats_and_no_call_when_the_capacity_says_so()
    {
        var (queue, agent) = await Desk(new ChannelCapacity(Voice: 0, Chat: 3, Email: 0, Callback: 0));
        Assert.Equal(InteractionStatus.Queued, (await _center.Arrive(queue, channel: Channel.Voice)).Status);
        for (var i = 0; i < 3; i++) await Take(queue, agent, Channel.Chat);
        Assert.Equal(InteractionStatus.Queued, (await _center.Arrive(queue, channel: Channel.Chat)).Status);
        Assert.Equal(3, (await _center.Agent(agent).GetSnapshot()).Work.Count);
    }

    [Fact]
    public async Task Blending_without_a_phone_or_digital_capacity_is_refused_naming_the_setting()
    {
        var id = CenterBuilder.Key("agent");
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(id).Configure(new AgentProfile(id, "Ann", "t",
            [new SkillLevel(CenterBuilder.Skill("s"), 5)], new ChannelCapacity(Voice: 0, Callback: 0, MixVoiceAndDigital: true))));
        Assert.Equal((ErrorKind.Invalid, "capacity.mixVoiceAndDigital"), (error.Kind, error.Field));
        await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(id).GetSnapshot());
    }

    [Fact]
    public async Task Capacity_is_set_as_one_operation_and_a_bad_value_changes_nothing()
    {
        var (queue, agent) = await Desk(ChannelCapacity.Default);
        var bad = await Assert.ThrowsAsync<ContactCenterException>(() => _center.Agent(agent).SetCapacity(new ChannelCapacity(Chat: AgentProfile.MaxCapacity + 1)));
        Assert.Equal((ErrorKind.Invalid, "capacity.chat"), (bad.Kind, bad.Field));
        Assert.Equal(ChannelCapacity.Default, (await _center.Agent(agent).GetSnapshot()).Profile.Capacity);
        var blended = ChannelCapacity.Default with { MixVoiceAndDigital = true };
        Assert.Equal(blended, (await _center.Agent(agent).SetCapacity(blended)).Profile.Capacity);
        await Take(queue, agent, Channel.Chat);
        await Take(queue, agent, Channel.Voice);
    }

    [Theory]
    [InlineData(false, new Channel[] { }, Channel.Voice, true)]
    [InlineData(false, new[] { Channel.Chat }, Channel.Voice, false)]
    [InlineData(false, new[] { Channel.Chat, Channel.Chat }, Channel.Chat, true)]
    [InlineData(false, new[] { Channel.Chat, Channel.Chat, Channel.Chat }, Channel.Chat, false)]
    [InlineData(true, new[] { Channel.Chat, Channel.Email }, Channel.Voice, true)]
    [InlineData(true, new[] { Channel.Voice }, Channel.Callback, false)]
    [InlineData(true, new[] { Channel.Voice }, Channel.Voice, false)]
    [InlineData(true, new[] { Channel.Voice, Channel.Chat }, Channel.Email, true)]
    public void Room_for_one_more_follows_each_channel_and_the_blend(bool blend, Channel[] held, Channel next, bool room) =>
        Assert.Equal(room, (ChannelCapacity.Default with { MixVoiceAndDigital = blend }).HasRoomFor(next, held));
}
