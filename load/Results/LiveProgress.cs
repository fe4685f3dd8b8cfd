using System.Globalization;
using ContactCenter.Load.Engine;
using Spectre.Console;

namespace ContactCenter.Load.Results;

/// <summary>The live display while a run goes: simulated clock, arrivals, waiting, service level and p99 routing latency so far.</summary>
internal static class LiveProgress
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(5);

    public static async Task<T> ShowWhile<T>(Task<T> run, CallLedger ledger, LoadScheduler scheduler, double totalSeconds, string title)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            while (await Task.WhenAny(run, Task.Delay(PlainEvery, TimeProvider.System)) != run) AnsiConsole.WriteLine(Line(ledger, scheduler, totalSeconds));
            return await run;
        }
        var table = Table(ledger, scheduler, totalSeconds, title);
        await AnsiConsole.Live(table).AutoClear(false).StartAsync(async live =>
        {
            while (await Task.WhenAny(run, Task.Delay(Refresh, TimeProvider.System)) != run)
            {
                live.UpdateTarget(Table(ledger, scheduler, totalSeconds, title));
                live.Refresh();
            }
            live.UpdateTarget(Table(ledger, scheduler, totalSeconds, title));
        });
        return await run;
    }

    private static Table Table(CallLedger ledger, LoadScheduler scheduler, double total, string title)
    {
        var p = ledger.Progress();
        var table = new Table().Title(Markup.Escape(title)).AddColumn("Simulated clock").AddColumn("Arrivals").AddColumn("Waiting")
            .AddColumn("Answered").AddColumn("Abandoned").AddColumn("Service level").AddColumn("Routing p99");
        table.AddRow(Clock(scheduler.Now, total), $"{p.Arrivals:N0} / {ledger.Planned:N0}", $"{p.Waiting:N0}", $"{p.Answered:N0}",
            $"{p.Abandoned:N0}", $"{p.ServiceLevelPercent:0.0}%", $"{p.RoutingP99Ms:0.0} ms");
        return table;
    }

    private static string Line(CallLedger ledger, LoadScheduler scheduler, double total)
    {
        var p = ledger.Progress();
        return string.Create(CultureInfo.InvariantCulture,
            $"{Clock(scheduler.Now, total)}  arrivals {p.Arrivals}/{ledger.Planned}  waiting {p.Waiting}  answered {p.Answered}  completed {p.Completed}  abandoned {p.Abandoned}  faults {scheduler.Faults}  SL {p.ServiceLevelPercent:0.0}%  routing p99 {p.RoutingP99Ms:0.0} ms");
    }

    private static string Clock(double now, double total) =>
        $"{TimeSpan.FromSeconds(Math.Max(0, now)):d\\.hh\\:mm\\:ss} of {TimeSpan.FromSeconds(total):d\\.hh\\:mm\\:ss}";
}
