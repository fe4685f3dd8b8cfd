using ContactCenter.Contracts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Demo;

/// <summary>
/// Seeds the demo center, logs in simulated agents and sends Poisson arrivals with caller patience,
/// so the center is alive from the first second. Stops with the host.
/// </summary>
public sealed class TrafficSimulator(
    IGrainFactory grains, DemoCenterSeeder seeder, IOptions<SimulationOptions> options, TimeProvider time,
    ILoggerFactory loggers) : BackgroundService
{
    /// <summary>Often, because a re-subscription is also how an agent grain moved by a silo's death learns its console is back.</summary>
    private static readonly TimeSpan Resubscribe = TimeSpan.FromSeconds(5);
    private readonly ILogger _logger = loggers.CreateLogger<TrafficSimulator>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sim = new SimulationClock(time, options.Value, stoppingToken);
        _logger.LogInformation("Seeding the demo center ({Customers} customers)...", sim.Options.Customers);
        var seeded = await seeder.SeedAsync(sim.Options, stoppingToken);
        foreach (var id in seeded.Churned) sim.Churned.TryAdd(id, true);
        // Alongside the traffic, so the wallboard is alive while the first model trains.
        var bootstrap = sim.Options.BootstrapChurnModel ? BootstrapChurnModel(stoppingToken) : Task.CompletedTask;
        var cases = await StartCaseWorkers(sim);
        var bots = await LogInBots(sim);
        _logger.LogInformation("{Count} simulated agents are ready; traffic starts at {Rate} arrivals/min", bots.Count, sim.Options.ArrivalsPerMinute);
        var arrivals = new ArrivalGenerator(grains, sim, loggers.CreateLogger<ArrivalGenerator>());
        await Task.WhenAll(bots.Select(b => b.RunAsync()).Concat(
        [
            arrivals.RunAsync(),
            bootstrap,
            Every(TimeSpan.FromSeconds(sim.Options.SummaryEverySeconds), () => LogSummary(sim), sim),
            Every(Resubscribe, () => Task.WhenAll(bots.Select(b => b.SubscribeAsync())), sim),
        ]));
        if (cases is not null) await cases.DrainAsync();
        GC.KeepAlive(bots);
    }

    /// <summary>Seeds the startup cases and lets the bots open more from follow-up calls; a failure leaves the calls running.</summary>
    private async Task<CaseWorkers?> StartCaseWorkers(SimulationClock sim)
    {
        if (!sim.Options.Cases.Enabled) return null;
        var workers = new CaseWorkers(grains, sim, loggers.CreateLogger<CaseWorkers>());
        try { await workers.SeedAsync(); }
        catch (Exception ex) when (ex is not OperationCanceledException) { _logger.LogWarning(ex, "The demo could not seed its cases"); }
        sim.Cases = workers;
        return workers;
    }

    private async Task BootstrapChurnModel(CancellationToken ct)
    {
        try { await new ChurnBootstrap(grains, time, loggers.CreateLogger<ChurnBootstrap>()).RunAsync(ct); }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        catch (Exception ex) { _logger.LogWarning(ex, "The demo could not bootstrap a churn model; risks stay as seeded until one is promoted"); }
    }

    /// <summary>The list keeps the bots referenced for the whole run: Orleans holds observer objects only weakly.</summary>
    private async Task<List<AgentBot>> LogInBots(SimulationClock sim)
    {
        var bots = new List<AgentBot>();
        foreach (var profile in DemoCenter.Agents(sim.Options.Seed).Take(sim.Options.AgentsLoggedIn))
        {
            var agent = grains.GetGrain<IAgentGrain>(profile.AgentId);
            var bot = new AgentBot(profile.AgentId, grains, sim, _logger);
            await bot.SubscribeAsync();
            if ((await agent.GetSnapshot()).Presence == AgentPresence.LoggedOut) await agent.Login();
            if ((await agent.GetSnapshot()).Presence == AgentPresence.NotReady) await agent.SetReady();
            bots.Add(bot);
        }
        return bots;
    }

    private async Task LogSummary(SimulationClock sim)
    {
        var queues = await Task.WhenAll(DemoCenter.Queues.Select(q => grains.GetGrain<IQueueGrain>(q.QueueId).GetSnapshot()));
        var c = sim.Counters;
        _logger.LogInformation(
            "Traffic: {Arrivals} arrived, {Offers} offered, {Answered} answered, {Completed} completed, {Abandoned} abandoned, {Churned} customers left; {Waiting} waiting now, longest {Longest:0}s",
            c.Arrivals, c.Offers, c.Answered, c.Completed, c.Abandoned, c.Churned,
            queues.Sum(q => q.Waiting.Count(w => !w.BeingOffered)),
            queues.SelectMany(q => q.Waiting).Select(w => w.WaitSeconds).DefaultIfEmpty(0).Max());
        if (sim.Cases is not { } workers) return;
        var cases = await grains.GetGrain<ICaseBoardGrain>("center").GetCounts();
        _logger.LogInformation(
            "Cases: {Open} open ({OnTrack} on track, {AtRisk} at risk, {Breached} breached, {Paused} paused), {Escalated} escalated today; {Working} being worked",
            cases.Open, cases.OnTrack, cases.AtRisk, cases.Breached, cases.Paused, cases.EscalatedToday, workers.Working);
    }

    private async Task Every(TimeSpan period, Func<Task> action, SimulationClock sim)
    {
        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(sim.Stopping))
            {
                try { await action(); }
                catch (Exception ex) when (ex is not OperationCanceledException) { _logger.LogWarning(ex, "Simulator housekeeping failed"); }
            }
        }
        catch (OperationCanceledException) { }
    }
}
