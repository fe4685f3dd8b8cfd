using System.Diagnostics;
using ContactCenter.Contracts;
using ContactCenter.Contracts.Validation;

namespace ContactCenter.Load.Memory;

/// <summary>Interactions that wait: queues requiring a skill no agent has, so every interaction created stays queued.</summary>
internal static class WaitingInteractions
{
    private const string NobodysSkill = "memory-nobody";
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(5);

    public static async Task<int> CreateAsync(IGrainFactory grains, MemoryOptions options, int customers, Func<bool> outOfTime, CancellationToken ct)
    {
        var queues = Enumerable.Range(1, options.WaitingQueues).Select(n => $"memory-wait-{n:00}").ToArray();
        foreach (var queue in queues)
            await grains.GetGrain<IQueueGrain>(queue).Configure(new QueueConfig(queue, queue, [new SkillRequirement(NobodysSkill, 1)],
                new ServiceLevelTarget(80, 20), Bounds.MaxSeconds, OverflowTarget.None, [], PriorityWeights.Default));
        var clock = Stopwatch.StartNew();
        var lastShown = TimeSpan.Zero;
        var created = 0;
        var attributes = new Dictionary<string, string>();
        while (created < options.Waiting)
        {
            ct.ThrowIfCancellationRequested();
            if (outOfTime())
            {
                MemoryReport.Progress($"--max-minutes {options.MaxMinutes} reached after {created:N0} waiting interactions; measuring what is there.");
                break;
            }
            var batch = Enumerable.Range(created, Math.Min(options.Batch, options.Waiting - created)).Select(n =>
                grains.GetGrain<IInteractionGrain>($"memory-wait-{n:0000000}").Create(new NewInteraction(Channel.Voice,
                    customers == 0 ? null : DemoCustomerId(n % customers), $"+1555{n:0000000}", attributes, QueueId: queues[n % queues.Length])));
            created += (await Task.WhenAll(batch)).Length;
            if (clock.Elapsed - lastShown >= ProgressEvery || created == options.Waiting)
            {
                lastShown = clock.Elapsed;
                MemoryReport.Progress($"{created:N0} / {options.Waiting:N0} interactions waiting ({created / clock.Elapsed.TotalSeconds:N0}/s), working set {MemoryReport.Mb(Environment.WorkingSet)}");
            }
        }
        return created;
    }

    private static string DemoCustomerId(int index) => ContactCenter.Demo.DemoCenter.CustomerId(index + 1);
}
