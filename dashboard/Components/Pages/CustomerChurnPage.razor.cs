using ContactCenter.Contracts;
using ContactCenter.Dashboard.Components.Analyst;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>One customer for an analyst: profile, current risk and why, its history, live features and contacts.</summary>
public sealed partial class CustomerChurnPage
{
    [Parameter] public string CustomerId { get; set; } = "";
    [Inject] private ChurnQueries Churn { get; set; } = null!;

    private CustomerChurnDetail? Detail { get; set; }
    private bool Loaded { get; set; }
    private string? Error { get; set; }
    private string? HistorySvg { get; set; }
    private IReadOnlyList<QueueSummary> Queues { get; set; } = [];

    public static string Link(string customerId) => $"/analyst/customers/{Uri.EscapeDataString(customerId)}";

    protected override async Task OnParametersSetAsync()
    {
        (Loaded, Error, Detail, HistorySvg) = (false, null, null, null);
        try
        {
            var queues = Churn.Queues();
            Detail = await Churn.Customer(CustomerId);
            Queues = await queues;
            if (Detail?.Churn.History is { Count: > 0 } history) HistorySvg = ChurnCharts.RiskHistory(history);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Error = $"Could not load customer “{CustomerId}”: {e.Message}";
        }
        Loaded = true;
    }

    private string QueueName(string? queueId) =>
        queueId is null ? "–" : Queues.FirstOrDefault(q => q.QueueId == queueId)?.Name ?? queueId;

    /// <summary>The feature table in two columns, so it is no taller than the explanation beside it.</summary>
    private static IEnumerable<KeyValuePair<string, string?>[]> FeatureHalves(ChurnFeatures features)
    {
        var row = features.ToRow().ToArray();
        var half = (row.Length + 1) / 2;
        return [row[..half], row[half..]];
    }
}
