using ContactCenter.Contracts.Validation;

namespace ContactCenter.Dashboard.Api;

/// <summary>
/// Checks every id in the route ({id}, {agentId}, ...) against the id grammar before any grain is called,
/// so a blank or hostile id is a 400 naming the route parameter, never a grain-key exception.
/// </summary>
internal static class RouteIdFilter
{
    public static RouteGroupBuilder CheckRouteIds(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            foreach (var (name, value) in context.HttpContext.Request.RouteValues)
                if (IsId(name)) Ids.Require(value as string, name);
            return await next(context);
        });
        return group;
    }

    private static bool IsId(string name) => name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Id", StringComparison.Ordinal);
}
