using ContactCenter.Dashboard.Components.Console;

namespace ContactCenter.Dashboard.Tests;

/// <summary>The console offers only the presence buttons the agent grain would accept.</summary>
public sealed class AgentConsolePresenceTests
{
    private static AgentSnapshot Agent(AgentPresence presence, string? reason = null, params WorkStatus[] work) => new(
        new AgentProfile("a", "Ann", "t", [new SkillLevel("s", 5)], ChannelCapacity.Default), presence, reason, DateTimeOffset.UnixEpoch, null,
        work.Select((w, i) => new WorkItem($"i{i}", Channel.Voice, "q", w, DateTimeOffset.UnixEpoch, null)).ToArray(), AgentCounters.Zero, [], 1);

    [Theory]
    [InlineData(AgentPresence.Reserved, WorkStatus.Offered)]
    [InlineData(AgentPresence.Busy, WorkStatus.Connected)]
    [InlineData(AgentPresence.WrapUp, WorkStatus.WrapUp)]
    public void No_ready_and_no_log_out_while_holding_work(AgentPresence presence, WorkStatus work)
    {
        var agent = Agent(presence, null, work);
        Assert.False(Presence.CanGoReady(agent));
        Assert.False(Presence.CanLogOut(agent));
    }

    [Fact]
    public void Not_ready_during_a_call_is_offered_once_and_takes_effect_after_it()
    {
        Assert.True(Presence.CanAskNotReady(Agent(AgentPresence.Busy, null, WorkStatus.Connected)));
        Assert.Equal("Not ready after this", Presence.NotReadyLabel(Agent(AgentPresence.Busy, null, WorkStatus.Connected)));
        Assert.False(Presence.CanAskNotReady(Agent(AgentPresence.Busy, "Lunch", WorkStatus.Connected)));
        Assert.False(Presence.CanAskNotReady(Agent(AgentPresence.Reserved, null, WorkStatus.Offered)));
    }

    [Fact]
    public void Idle_agents_get_the_buttons_that_apply()
    {
        var ready = Agent(AgentPresence.Ready);
        Assert.Equal((false, true, true), (Presence.CanGoReady(ready), Presence.CanAskNotReady(ready), Presence.CanLogOut(ready)));
        var notReady = Agent(AgentPresence.NotReady, "Break");
        Assert.Equal((true, "Change reason", true), (Presence.CanGoReady(notReady), Presence.NotReadyLabel(notReady), Presence.CanLogOut(notReady)));
        var loggedOut = Agent(AgentPresence.LoggedOut);
        Assert.Equal((false, false, false), (Presence.CanGoReady(loggedOut), Presence.CanAskNotReady(loggedOut), Presence.CanLogOut(loggedOut)));
    }
}
