using System.Threading.Channels;
using Changes = System.Threading.Channels.Channel;
using ContactCenter.Contracts;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Demo;

/// <summary>
/// Stands in for a person at an agent console: told of offers by push, it answers after a short delay,
/// talks for a drawn handle time, wraps up, completes, and now and then takes a break.
/// </summary>
public sealed class AgentBot(string agentId, IGrainFactory grains, SimulationClock sim, ILogger logger) : IAgentObserver
{
    private readonly Channel<AgentSnapshot> _changes = Changes.CreateUnbounded<AgentSnapshot>(new() { SingleReader = true });
    // Touched only by the reader loop, so no locking.
    private readonly Dictionary<string, Task> _handling = [];
    private Task _comingBack = Task.CompletedTask;
    private IAgentObserver? _reference;
    private long _lastVersion = -1;

    public string AgentId => agentId;

    private IAgentGrain Agent => grains.GetGrain<IAgentGrain>(agentId);

    /// <summary>Subscribes, or renews the subscription before the agent lets it expire.</summary>
    public Task SubscribeAsync() => Agent.Subscribe(_reference ??= grains.CreateObjectReference<IAgentObserver>(this));

    /// <summary>Runs on an Orleans thread: hand the change over and return at once.</summary>
    public Task OnAgentChanged(AgentSnapshot snapshot)
    {
        _changes.Writer.TryWrite(snapshot);
        return Task.CompletedTask;
    }

    /// <summary>Reacts to changes until the simulation stops, then lets running work wind down.</summary>
    public async Task RunAsync()
    {
        try
        {
            await foreach (var snapshot in _changes.Reader.ReadAllAsync(sim.Stopping)) React(snapshot);
        }
        catch (OperationCanceledException) { }
        await Task.WhenAll(_handling.Values.Append(_comingBack));
    }

    private void React(AgentSnapshot snapshot)
    {
        // Notifications are one-way and can overtake each other; an older one would replay a finished offer.
        if (snapshot.Version <= _lastVersion) return;
        _lastVersion = snapshot.Version;
        foreach (var done in _handling.Where(h => h.Value.IsCompleted).Select(h => h.Key).ToList()) _handling.Remove(done);
        foreach (var offer in snapshot.Work.Where(w => w.Status == WorkStatus.Offered && !_handling.ContainsKey(w.InteractionId)))
            _handling[offer.InteractionId] = Guard(() => new AgentBotCall(agentId, grains, sim, logger).Handle(offer));
        if (snapshot.Presence == AgentPresence.NotReady && snapshot.NotReadyReason is "missed" or "declined" && _comingBack.IsCompleted)
            _comingBack = Guard(ComeBack);
    }

    /// <summary>After a missed offer a person notices and makes themselves ready again.</summary>
    private async Task ComeBack()
    {
        await sim.Wait(sim.Options.AnswerDelaySeconds * 2);
        await AgentBotCall.ReadyAgainIf(Agent, "missed", "declined");
    }

    private async Task Guard(Func<Task> work)
    {
        await Task.Yield();
        try { await work(); }
        catch (OperationCanceledException) when (sim.Stopping.IsCancellationRequested) { }
        catch (ContactCenterException) { /* the caller hung up or the offer lapsed meanwhile: a real agent moves on */ }
        catch (Exception ex) { logger.LogWarning(ex, "Simulated agent {AgentId} hit an error", agentId); }
    }
}
