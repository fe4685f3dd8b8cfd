using ContactCenter.Contracts;

namespace ContactCenter.Load.Mixed;

/// <summary>
/// A simulated agent at a console: told of offers by push, it accepts each at once and works it as its channel asks.
/// A call: talk, the caller hangs up. A callback: dial, talk if answered, hang up. A chat: answer each customer
/// message after a think time until the customer leaves. An email: read and reply for a handle time. Then complete.
/// </summary>
internal sealed class MixedAgent(string agentId, IGrainFactory grains, MixedLedger ledger, MixedOptions options, Random random) : IAgentObserver
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<Task> _work = [];
    private IAgentObserver? _reference;
    private long _lastVersion = -1;

    private IAgentGrain Agent => grains.GetGrain<IAgentGrain>(agentId);

    public async Task StartAsync()
    {
        await Agent.Subscribe(_reference ??= grains.CreateObjectReference<IAgentObserver>(this));
        await Agent.Login();
        await Agent.SetReady();
    }

    public Task OnAgentChanged(AgentSnapshot snapshot)
    {
        lock (_seen)
        {
            if (snapshot.Version <= _lastVersion) return Task.CompletedTask;
            _lastVersion = snapshot.Version;
            foreach (var offer in snapshot.Work.Where(w => w.Status == WorkStatus.Offered && _seen.Add(w.InteractionId)))
                _work.Add(Task.Run(() => Guard(offer)));
            if (snapshot.Presence == AgentPresence.NotReady && snapshot.NotReadyReason is "missed" or "declined")
                _work.Add(Task.Run(async () => { try { await Agent.SetReady(); } catch (ContactCenterException) { } }));
        }
        return Task.CompletedTask;
    }

    public Task Finished()
    {
        lock (_seen) return Task.WhenAll(_work.ToArray());
    }

    private async Task Guard(WorkItem offer)
    {
        try { await Work(offer); }
        catch (ContactCenterException) { lock (_seen) _seen.Remove(offer.InteractionId); /* gone (hung up) or re-offered later */ }
        catch (Exception e) { ledger.Fault($"{agentId} on {offer.InteractionId}: {e.GetType().Name}: {e.Message}"); }
    }

    private async Task Work(WorkItem offer)
    {
        var id = offer.InteractionId;
        await Agent.Accept(id);
        var from = ledger.Now;
        ledger.Answered(id);
        var interaction = grains.GetGrain<IInteractionGrain>(id);
        switch (offer.Channel)
        {
            case Channel.Callback:
                var dialed = await interaction.Dial();
                if (dialed.Callback?.LastOutcome == DialOutcome.Answered)
                {
                    await Delay(Handle());
                    await interaction.HangUp();
                }
                break;
            case Channel.Chat:
                await Converse(id);
                break;
            default:
                await Delay(Handle());
                await interaction.Ended();
                break;
        }
        await Agent.Complete(id, "load", null);
        ledger.Held(agentId, offer.Channel, from);
        var after = await interaction.GetSnapshot();
        ledger.Ended(id, after.Status.IsTerminal() ? after.Status.ToString() : "Completed");
        lock (_seen) _seen.Remove(id);
    }

    /// <summary>Answers every customer message after a think time, until the customer leaves (the chat ends).</summary>
    private async Task Converse(string id)
    {
        var chat = grains.GetGrain<IChatConversationGrain>(id);
        var deadline = ledger.Now + options.DrainSeconds + options.MessagesPerChat * (options.ThinkSeconds + 5);
        while (ledger.Now < deadline)
        {
            var view = await chat.GetView();
            if (view.Status is not InteractionStatus.Connected) return;
            var fromCustomer = view.Messages.Count(m => m.From == ChatSender.Customer);
            var fromAgent = view.Messages.Count(m => m.From == ChatSender.Agent);
            if (fromCustomer > fromAgent)
            {
                await Delay(options.ThinkSeconds);
                await chat.PostFromAgent(agentId, $"Reply {fromAgent + 1} from {agentId}");
            }
            else await Delay(0.2);
        }
    }

    private double Handle()
    {
        lock (random) return -Math.Log(1 - random.NextDouble()) * options.HandleSeconds;
    }

    private static Task Delay(double seconds) => Task.Delay(TimeSpan.FromSeconds(seconds));
}
