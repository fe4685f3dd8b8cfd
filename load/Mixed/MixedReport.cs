using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace ContactCenter.Load.Mixed;

/// <summary>A finished run as written to the results folder (JSON and Markdown) and printed as a table.</summary>
internal sealed record MixedResult(string RunId, MixedOptions Options, MixedFigures Figures, double WallSeconds, bool Completed, IReadOnlyList<string> Faults);

internal static class MixedReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<IReadOnlyList<string>> WriteAsync(MixedResult result, FileInfo output, CancellationToken ct)
    {
        output.Directory?.Create();
        await File.WriteAllTextAsync(output.FullName, JsonSerializer.Serialize(result, Json), ct);
        var markdown = Path.ChangeExtension(output.FullName, ".md");
        await File.WriteAllTextAsync(markdown, Markdown(result), ct);
        return [output.FullName, markdown];
    }

    public static string Markdown(MixedResult r)
    {
        var md = new StringBuilder()
            .AppendLine($"# Mixed-channel run {r.RunId}").AppendLine()
            .AppendLine($"{r.Options.Agents} agents (chat capacity {r.Options.ChatCapacity}), {r.WallSeconds:0.#} s wall, in-process cluster" +
                (r.Completed ? "." : "; stopped at the drain bound before every interaction ended.")).AppendLine()
            .AppendLine("| Channel | Offered | Answered | Abandoned | Other | SL (threshold) | ASA s | Occupancy |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var c in r.Figures.Channels.Append(r.Figures.Overall))
            md.AppendLine(CultureInfo.InvariantCulture, $"| {c.Channel} | {c.Offered} | {c.Answered} | {c.Abandoned} | {c.Other} | {c.ServiceLevelPercent:0.0}%{Threshold(c)} | {c.AsaSeconds:0.0} | {c.OccupancyPercent:0.0}% |");
        foreach (var fault in r.Faults.Take(10)) md.AppendLine().Append("- fault: ").AppendLine(fault);
        return md.ToString();
    }

    public static void Print(MixedResult r, IReadOnlyList<string> files)
    {
        var table = new Table().Title($"Mixed channels: {r.Options.Agents} agents, {r.WallSeconds:0.#} s")
            .AddColumns("Channel", "Offered", "Answered", "Abandoned", "Other", "SL", "ASA s", "Occupancy");
        foreach (var c in r.Figures.Channels.Append(r.Figures.Overall))
            table.AddRow(c.Channel, $"{c.Offered}", $"{c.Answered}", $"{c.Abandoned}", $"{c.Other}", $"{c.ServiceLevelPercent:0.0}%{Threshold(c)}",
                $"{c.AsaSeconds:0.0}", $"{c.OccupancyPercent:0.0}%");
        AnsiConsole.Write(table);
        if (!r.Completed) AnsiConsole.MarkupLine("[yellow]The run stopped at its drain bound before every interaction had ended.[/]");
        foreach (var fault in r.Faults.Take(5)) AnsiConsole.MarkupLine($"[red]{Markup.Escape(fault)}[/]");
        foreach (var file in files) AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(file)}[/]");
    }

    private static string Threshold(ChannelFigures c) => c.ThresholdSeconds > 0 ? $" in {c.ThresholdSeconds} s" : "";
}
