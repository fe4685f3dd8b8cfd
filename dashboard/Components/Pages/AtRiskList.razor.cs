using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>
/// Customers by expected value at stake (risk × lifetime value), filtered by tier, last queue and risk band.
/// The filters live in the address, so a filtered list can be bookmarked or shared.
/// </summary>
public sealed partial class AtRiskList
{
    [Inject] private ChurnQueries Churn { get; set; } = null!;
    [Inject] private NavigationManager Nav { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "tier")] public string? TierQuery { get; set; }
    [SupplyParameterFromQuery(Name = "queue")] public string? QueueQuery { get; set; }
    [SupplyParameterFromQuery(Name = "band")] public string? BandQuery { get; set; }
    [SupplyParameterFromQuery(Name = "churned")] public bool? ChurnedQuery { get; set; }

    private AtRiskFilter Current => new(
        Enum.TryParse<ValueTier>(TierQuery, true, out var t) ? t : null,
        string.IsNullOrWhiteSpace(QueueQuery) ? null : QueueQuery,
        Enum.TryParse<RiskBand>(BandQuery, true, out var b) ? b : null,
        ChurnedQuery == true);

    private AtRiskPage? Page { get; set; }
    private IReadOnlyList<QueueSummary> Queues { get; set; } = [];
    private string? Error { get; set; }
    private string? QueuesError { get; set; }

    protected override async Task OnInitializedAsync()
    {
        try { Queues = await Churn.Queues(); }
        catch (Exception e) when (e is not OperationCanceledException) { QueuesError = $"Could not list the queues for the filter: {e.Message}"; }
    }

    protected override Task OnParametersSetAsync() => Load();

    /// <summary>The filter the shown list was loaded with; the table carries its band (data-band) once it is on screen.</summary>
    private AtRiskFilter? Shown { get; set; }

    private async Task Load()
    {
        var filter = Current;
        try
        {
            var page = await Churn.AtRisk(filter);
            if (filter != Current) return; // the address changed meanwhile: the newer filter's load shows its own list
            Page = page;
            Shown = filter;
            Error = null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Error = $"Could not load the at-risk list: {e.Message}";
        }
    }

    /// <summary>Puts the filter in the address; the router sets the query parameters again and the list reloads.</summary>
    private void Go(AtRiskFilter filter) => Nav.NavigateTo(Nav.GetUriWithQueryParameters(new Dictionary<string, object?>
    {
        ["tier"] = filter.Tier?.ToString(),
        ["queue"] = filter.QueueId,
        ["band"] = filter.Band?.ToString(),
        ["churned"] = filter.IncludeChurned ? true : null,
    }));

    private string QueueName(string? queueId) =>
        queueId is null ? "–" : Queues.FirstOrDefault(q => q.QueueId == queueId)?.Name ?? queueId;
}
