using ContactCenter.Contracts;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Demo;

/// <summary>
/// Poisson arrivals with a channel mix and IVR choices; callers who wait past their drawn patience hang up.
/// </summary>
public sealed class ArrivalGenerator(IGrainFactory grains, SimulationClock sim, ILogger<ArrivalGenerator> logger)
{
    public async Task RunAsync()
    {
        var mean = 60.0 / sim.Options.ArrivalsPerMinute;
        try
        {
            while (!sim.Stopping.IsCancellationRequested)
            {
                await sim.Wait(sim.Draw(d => d.Exponential(mean)));
                _ = Arrive();
            }
        }
        catch (OperationCanceledException) { }
    }

    private async Task Arrive()
    {
        var (channel, attributes, customer) = sim.Draw(Draw);
        var id = Guid.NewGuid().ToString("N");
        try
        {
            var created = await grains.GetGrain<IInteractionGrain>(id).Create(
                new NewInteraction(channel, customer, $"+1555{Math.Abs(id.GetHashCode()) % 10_000_000:0000000}", attributes));
            if (SimulationClock.Early(sim.Counters.Arrived()))
                logger.LogInformation("{Channel} {InteractionId} arrived ({Intent}) and was {Status} in {QueueId}",
                    channel, id, attributes.GetValueOrDefault("intent"), created.Status, created.QueueId);
            if (channel != Channel.Email) await HangUpWhenOutOfPatience(id);
        }
        catch (OperationCanceledException) { }
        catch (Exception ex) { logger.LogWarning(ex, "Simulated arrival {InteractionId} failed", id); }
    }

    private async Task HangUpWhenOutOfPatience(string id)
    {
        await sim.Wait(sim.Draw(d => d.Exponential(sim.Options.PatienceSecondsMean)));
        var interaction = grains.GetGrain<IInteractionGrain>(id);
        if ((await interaction.GetSnapshot()).Status is not (InteractionStatus.Queued or InteractionStatus.Offered)) return;
        try
        {
            var abandoned = await interaction.Abandon();
            if (SimulationClock.Early(sim.Counters.Abandon())) logger.LogInformation("Caller on {InteractionId} hung up while waiting", id);
            var waited = ((abandoned.EndedAt ?? sim.Time.GetUtcNow()) - abandoned.CreatedAt).TotalSeconds;
            await new LiveChurn(grains, sim, logger).AfterContact(abandoned.CustomerId, id, waited, completed: false);
        }
        catch (ContactCenterException) { /* answered in the meantime */ }
    }

    /// <summary>A known customer who has not left; a few tries, then an anonymous caller.</summary>
    private string? Caller(Draws d)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var id = DemoCenter.CustomerId(d.Between(1, sim.Options.Customers));
            if (!sim.Churned.ContainsKey(id)) return id;
        }
        return null;
    }

    private (Channel, Dictionary<string, string>, string?) Draw(Draws d)
    {
        var roll = d.Uniform();
        var channel = roll < 0.8 ? Channel.Voice : roll < 0.93 ? Channel.Chat : Channel.Email;
        var attributes = new Dictionary<string, string>
        {
            ["intent"] = d.Pick(DemoCenter.Intents),
            ["language"] = d.Chance(15) ? "es" : "en",
        };
        // The number dialled: premium customers have their own line.
        if (channel == Channel.Voice && d.Chance(6)) attributes["line"] = "premium";
        string? customer = d.Chance(85) ? Caller(d) : null;
        return (channel, attributes, customer);
    }
}
