using System.Globalization;
using Spectre.Console;

namespace ContactCenter.Load.Results;

/// <summary>The end-of-run table on the console, with the theory comparison and where the files went.</summary>
internal static class RunConsole
{
    public static void Print(RunResult r, IReadOnlyList<string> files)
    {
        var table = new Table().Title($"{Markup.Escape(r.Scenario)}: {r.SimulatedSeconds / 3600:0.##} simulated h in {r.WallSeconds:0.#} s")
            .AddColumns("Queue", "Arrivals", "Answered", "Abandoned", "SL", "ASA s", "AHT s", "Occupancy", "Wait p90 s", "Routing p50/p99 ms", "Arrivals/s wall");
        foreach (var q in r.Queues.Append(r.Overall))
            table.AddRow(Markup.Escape(q.Queue), N(q.Arrivals), N(q.Answered), N(q.Abandoned), $"{q.ServiceLevelPercent:0.0}%", $"{q.AsaSeconds:0.0}",
                $"{q.AhtSeconds:0.0}", $"{q.OccupancyPercent:0.0}%", $"{q.WaitSeconds.P90:0.0}", $"{q.RoutingLatencyMs.P50:0.00}/{q.RoutingLatencyMs.P99:0.00}", $"{q.ArrivalsPerSecondWall:0.0}");
        AnsiConsole.Write(table);
        var theory = r.Phases.SelectMany(p => p.Queues.Where(q => q.Theory is not null).Select(q => (p, q))).ToArray();
        if (theory.Length > 0)
        {
            var t = new Table().Title("Measured vs theory").AddColumns("Phase", "Queue", "Model", "SL measured", "SL theory", "ASA measured", "ASA theory", "Abandon % measured", "Abandon % theory");
            foreach (var (p, q) in theory)
                t.AddRow($"{p.Index} {p.Kind}", Markup.Escape(q.Queue), q.Theory!.Model, $"{q.ServiceLevelPercent:0.0}%", $"{q.Theory.ServiceLevelPercent:0.0}%",
                    $"{q.AsaSeconds:0.0} s", $"{q.Theory.AsaSeconds:0.0} s", $"{q.AbandonPercent:0.0}", $"{q.Theory.AbandonPercent:0.0}");
            AnsiConsole.Write(t);
        }
        if (!r.Diagnostics.Completed) AnsiConsole.MarkupLine("[yellow]The run stopped at a bound before every call had ended.[/]");
        if (r.Diagnostics.Faults > 0) AnsiConsole.MarkupLine($"[red]{r.Diagnostics.Faults} driver faults; first: {Markup.Escape(r.Diagnostics.FirstFault ?? "")}[/]");
        foreach (var file in files) AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(file)}[/]");
    }

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
