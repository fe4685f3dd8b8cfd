using System.Text.Json.Serialization;
using ContactCenter.Dashboard.SelfService;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Http.Json;

namespace ContactCenter.Dashboard.Api;

public static class ApiSetup
{
    public static IServiceCollection AddContactCenterApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCreateAdmission(configuration);
        services.Configure<JsonOptions>(o =>
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false)));
        // Bad JSON throws, so ApiExceptionHandler can name the field in a 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddOpenApi();
        services.AddSingleton<InteractionCommands>();
        services.AddSingleton<CallCommands>();
        services.AddSingleton<CallbackCommands>();
        services.AddSingleton<AgentCommands>();
        services.AddSingleton<CenterQueries>();
        services.AddSingleton<CaseQueries>();
        services.AddSingleton<CaseCommands>();
        services.AddSelfService();
        services.AddSingleton<KnowledgeQueries>();
        services.AddSingleton<KnowledgeCommands>();
        services.AddSingleton<ArticleMarkdown>();
        services.AddSingleton<EmailCommands>();
        ContactCenter.Dashboard.Auth.MailGatewayAuth.AddMailGatewayAuth(services);
        services.AddSingleton<ContactCenter.Dashboard.Hosting.OpenCircuits>();
        services.AddSingleton<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler>(sp => sp.GetRequiredService<ContactCenter.Dashboard.Hosting.OpenCircuits>());
        return services;
    }

    public static WebApplication MapContactCenterApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").CheckRouteIds();
        // The signed-in user is the actor of every grain call the request makes, for the grains' audit trails.
        api.AddEndpointFilter(async (context, next) =>
        {
            ContactCenter.Contracts.Actor.Set(context.HttpContext.User.Identity?.Name);
            ContactCenter.Contracts.Actor.SetRoles(context.HttpContext.User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value));
            return await next(context);
        });
        api.MapInteractionEndpoints();
        api.MapCallbackEndpoints();
        api.MapAgentEndpoints();
        api.MapQueueEndpoints();
        api.MapChurnEndpoints();
        api.MapSupervisionEndpoints();
        api.MapCaseEndpoints();
        api.MapKnowledgeEndpoints();
        api.MapContractEndpoints();
        api.MapCaseNotificationEndpoints();
        Email.EmailEndpoints.MapEmailEndpoints(api);
        api.MapDiagnosticsEndpoints();
        api.MapSelfServiceEndpoints();
        return app;
    }
}
