using System.Text.Json;
using ContactCenter.Load.Results;
using Spectre.Console;

namespace ContactCenter.Load.Memory;

internal static class MemoryReport
{
    public static void Progress(string message) => AnsiConsole.MarkupLine($"[grey]{Markup.Escape(message)}[/]");

    public static string Mb(long bytes) => $"{bytes / 1048576.0:N0} MB";

    public static void Print(string when, MemorySample s) => Progress(
        $"After {when}: working set {Mb(s.WorkingSetBytes)}, managed heap {Mb(s.ManagedHeapBytes)}, activations counted {s.Activations:N0}");

    public static async Task WriteAsync(MemoryResult result, FileInfo output, CancellationToken ct)
    {
        output.Directory?.Create();
        await File.WriteAllTextAsync(output.FullName, JsonSerializer.Serialize(result, RunReport.Json), ct);
    }

    public static void PrintResult(MemoryResult r, FileInfo output)
    {
        var table = new Table().Title("Memory in an embedded silo (after a full GC)").AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned());
        table.AddRow("Customers activated / asked", $"{r.CustomersActivated:N0} / {r.CustomersAsked:N0}");
        table.AddRow("Contacts per customer (mean)", $"{r.ContactsPerCustomer:N1}");
        table.AddRow("Churn model", Markup.Escape(r.ChurnModelVersion ?? "none"));
        table.AddRow("Working set: baseline / with customers", $"{Mb(r.Baseline.WorkingSetBytes)} / {Mb(r.AfterCustomers.WorkingSetBytes)}");
        table.AddRow("Managed heap: baseline / with customers", $"{Mb(r.Baseline.ManagedHeapBytes)} / {Mb(r.AfterCustomers.ManagedHeapBytes)}");
        table.AddRow("Bytes per customer grain: working set / managed heap", $"{r.PerCustomer.WorkingSetBytes:N0} / {r.PerCustomer.ManagedHeapBytes:N0}");
        if (r.PerWaitingInteraction is { } w && r.AfterWaiting is { } a)
        {
            table.AddRow("Waiting interactions created / asked", $"{r.WaitingCreated:N0} / {r.WaitingAsked:N0}");
            table.AddRow("Working set / managed heap with them", $"{Mb(a.WorkingSetBytes)} / {Mb(a.ManagedHeapBytes)}");
            table.AddRow("Bytes per waiting interaction: working set / managed heap", $"{w.WorkingSetBytes:N0} / {w.ManagedHeapBytes:N0}");
        }
        table.AddRow("Seconds: seeding / waiting", $"{r.SeedSeconds:N1} / {r.WaitingSeconds:N1}");
        table.AddRow("GC / cores / runtime", $"{r.GcMode} / {r.ProcessorCount} / {r.Runtime}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(output.FullName)}[/]");
    }
}
