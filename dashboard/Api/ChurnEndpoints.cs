using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Api;

/// <summary>Read-only churn data for automation: the at-risk list, one customer's risk and the promoted model.</summary>
internal static class ChurnEndpoints
{
    public const int MaxTake = 500;

    public static void MapChurnEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/churn").WithTags("Churn");
        group.MapGet("/at-risk", (ChurnQueries q, string? tier, string? queue, string? band, bool? includeChurned, int? take) =>
                q.AtRisk(Filter(tier, queue, band, includeChurned), Take(take)))
            .WithSummary("Customers by churn risk × lifetime value, filtered by tier, last queue and risk band (Low, Medium, High)")
            .RequireAuthorization(ApiAuthorization.Read);
        group.MapGet("/customers/{id}", async (string id, ChurnQueries q) =>
                (await q.Customer(id))?.Churn ?? throw ContactCenterException.NotFound("Customer", id))
            .WithSummary("One customer's churn risk, top contributing features, live features and risk history")
            .RequireAuthorization(ApiAuthorization.Read);
        group.MapGet("/model", async (ChurnQueries q) =>
                await q.CurrentModel() ?? throw ContactCenterException.NotFound("Churn model", ChurnIndex.ModelKey))
            .WithSummary("The promoted churn model: held-out metrics, ROC curve, calibration, importance, learner trials")
            .RequireAuthorization(ApiAuthorization.Read);
        group.WithOpenApiResponses();
    }

    private static AtRiskFilter Filter(string? tier, string? queue, string? band, bool? includeChurned) => new(
        Parse<ValueTier>(tier, "tier"), string.IsNullOrWhiteSpace(queue) ? null : queue, Parse<RiskBand>(band, "band"), includeChurned ?? false);

    private static T? Parse<T>(string? text, string field) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(text) ? null
        : Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value
        : throw ContactCenterException.Invalid(field, $"{field} must be one of {string.Join(", ", Enum.GetNames<T>())}.");

    private static int Take(int? take) => take switch
    {
        null => ChurnQueries.PageSize,
        >= 1 and <= MaxTake => take.Value,
        _ => throw ContactCenterException.Invalid("take", $"take must be between 1 and {MaxTake}."),
    };
}
