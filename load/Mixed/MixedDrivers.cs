using ContactCenter.Contracts;

namespace ContactCenter.Load.Mixed;

/// <summary>
/// The customers of a run: each arrival starts at a seeded random moment in the arrival window and acts as its
/// channel does. Impatient callers and chatters (AbandonPercent of them) give up after PatienceSeconds unanswered.
/// </summary>
internal sealed class MixedDrivers(IGrainFactory grains, MixedCenter center, MixedLedger ledger, MixedOptions options, string runId, Random random)
{
    public Task RunAsync(CancellationToken ct)
    {
        var arrivals = Enumerable.Range(0, options.Calls).Select(i => (Channel.Voice, i))
            .Concat(Enumerable.Range(0, options.Callbacks).Select(i => (Channel.Callback, i)))
            .Concat(Enumerable.Range(0, options.Chats).Select(i => (Channel.Chat, i)))
            .Concat(Enumerable.Range(0, options.Emails).Select(i => (Channel.Email, i)))
            .Select(a => (a.Item1, a.i, At: random.NextDouble() * options.ArrivalSeconds, Impatient: random.NextDouble() * 100 < options.AbandonPercent))
            .ToList();
        return Task.WhenAll(arrivals.Select(a => Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(a.At), ct);
            try { await Arrive(a.Item1, a.i, a.Impatient, ct); }
            catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
            catch (Exception e) { ledger.Fault($"{a.Item1} {a.i}: {e.GetType().Name}: {e.Message}"); }
        }, ct)));
    }

    private Task Arrive(Channel channel, int i, bool impatient, CancellationToken ct) => channel switch
    {
        Channel.Voice => Call(i, impatient, ct),
        Channel.Callback => Callback(i),
        Channel.Chat => Chat(i, impatient, ct),
        _ => Email(i),
    };

    private async Task<string> NewCall(string id, int i)
    {
        ledger.Arrived(id, Channel.Voice);
        await grains.GetGrain<IInteractionGrain>(id).Create(new NewInteraction(Channel.Voice, null, $"+1555{i:D7}", new Dictionary<string, string>(), null, center.VoiceQueue));
        return id;
    }

    private async Task Call(int i, bool impatient, CancellationToken ct)
    {
        var id = await NewCall($"{runId}-call-{i}", i);
        if (!impatient) return;
        await Task.Delay(TimeSpan.FromSeconds(options.PatienceSeconds), ct);
        if (ledger.IsAnswered(id)) return;
        try
        {
            await grains.GetGrain<IInteractionGrain>(id).Abandon();
            ledger.Ended(id, nameof(InteractionStatus.Abandoned));
        }
        catch (ContactCenterException) { /* answered at the last moment */ }
    }

    /// <summary>A caller who chooses to be called back as soon as possible: the callback is what the run counts.</summary>
    private async Task Callback(int i)
    {
        var id = await NewCall($"{runId}-cbcall-{i}", 1_000_000 + i);
        var asked = ledger.Now;
        InteractionSnapshot callback;
        try { callback = await grains.GetGrain<IInteractionGrain>(id).RequestCallback(null); }
        catch (ContactCenterException) { return; /* an agent took the call first: it is a call like the others */ }
        ledger.Arrived(callback.InteractionId, Channel.Callback, asked);
        ledger.Ended(id, nameof(InteractionStatus.CallbackScheduled));
    }

    private async Task Chat(int i, bool impatient, CancellationToken ct)
    {
        var id = $"{runId}-chat-{i}";
        var chat = grains.GetGrain<IChatConversationGrain>(id);
        ledger.Arrived(id, Channel.Chat);
        await chat.Start(new ChatStart($"Load customer {i}", null, MixedCenter.ChatTopic, $"10.{i / 65_000}.{i / 250 % 250}.{i % 250 + 1}", "Message 1",
            Secret: Guid.NewGuid().ToString("N")));
        var patience = ledger.Now + (impatient ? options.PatienceSeconds : options.DrainSeconds + options.ArrivalSeconds);
        while (!ledger.IsAnswered(id) && ledger.Now < patience) await Task.Delay(200, ct);
        if (!ledger.IsAnswered(id))
        {
            await chat.Leave();
            ledger.Ended(id, nameof(InteractionStatus.Abandoned));
            return;
        }
        for (var k = 1; k <= options.MessagesPerChat; k++)
        {
            // Wait for the agent's answer to message k, then write the next one (or leave after the last answer).
            while ((await chat.GetView()).Messages.Count(m => m.From == ChatSender.Agent) < k) await Task.Delay(200, ct);
            if (k < options.MessagesPerChat) await chat.PostFromCustomer($"Message {k + 1}");
        }
        await chat.Leave();
    }

    private async Task Email(int i)
    {
        var sent = ledger.Now;
        var messageId = $"<{runId}-{i}@load.example>";
        var accepted = await grains.GetGrain<IEmailIntakeGrain>(InboundEmail.Bare(messageId)).Receive(new InboundEmail(
            $"customer{i}@load.example", "support@load.example", $"Question {i} about my invoice", "Hello, could you explain my last invoice?",
            messageId));
        ledger.Arrived(accepted.InteractionId, Channel.Email, sent);
        if (accepted.QueueId != center.EmailQueue) ledger.Fault($"email {i} went to queue {accepted.QueueId}, which the run's agents do not serve");
    }
}
