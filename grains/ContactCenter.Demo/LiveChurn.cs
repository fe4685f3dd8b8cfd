using ContactCenter.Contracts;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Demo;

/// <summary>
/// The hidden churn process, live: when a simulated customer's contact ends, some give a satisfaction score,
/// then the process's per-contact hazard is rolled on the customer's features as the center now sees them;
/// when it fires the customer is marked churned and calls no more.
/// </summary>
internal sealed class LiveChurn(IGrainFactory grains, SimulationClock sim, ILogger logger)
{
    private const double SurveyPercent = 30;

    public async Task AfterContact(string? customerId, string interactionId, double waitSeconds, bool completed)
    {
        if (customerId is null || sim.Churned.ContainsKey(customerId)) return;
        var customer = grains.GetGrain<ICustomerGrain>(customerId);
        try
        {
            if (completed && sim.Draw(d => d.Chance(SurveyPercent)))
                await customer.RecordSatisfaction(interactionId, sim.Draw(d => Satisfaction(waitSeconds, d)));
            var churn = await customer.GetChurn();
            if (churn.ChurnedAt is not null)
            {
                // Left in an earlier run of a persistent cluster: only this process had not heard.
                sim.Churned.TryAdd(customerId, true);
                return;
            }
            var hazard = HiddenChurn.ContactHazard(churn.Features, HiddenChurn.Noise(customerId, sim.Options.Seed));
            if (!sim.Draw(d => d.Chance(100 * hazard))) return;
            await customer.MarkChurned();
            sim.Churned.TryAdd(customerId, true);
            if (SimulationClock.Early(sim.Counters.Churn()))
                logger.LogInformation("Customer {CustomerId} left after {InteractionId} (hazard {Hazard:P1}, risk was {Risk:0.00})",
                    customerId, interactionId, hazard, churn.Risk);
        }
        catch (ContactCenterException ex)
        {
            logger.LogDebug("Churn roll for {CustomerId} skipped: {Reason}", customerId, ex.Message);
        }
    }

    /// <summary>Post-contact survey: 1..5, lower after a long wait.</summary>
    private static int Satisfaction(double waitSeconds, Draws d) =>
        (int)Math.Clamp(Math.Round(4.6 - waitSeconds / 90 + (d.Uniform() - 0.5) * 2), 1, 5);
}
