using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>"Why this agent": an interaction's routing decisions, with names that link and every score term explained.</summary>
public sealed partial class InteractionDecision
{
    [Inject] private InteractionDecisions Decisions { get; set; } = null!;

    [Parameter] public string InteractionId { get; set; } = "";

    private DecisionDetails? Details { get; set; }
    private string? Error { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        try { (Details, Error) = (await Decisions.Load(InteractionId), null); }
        catch (ContactCenterException e) { (Details, Error) = (null, e.Message); }
    }

    private static string Trigger(string trigger) => trigger switch
    {
        "arrival" => "chosen on arrival",
        "agent-ready" => "pulled when the agent became ready",
        "timer" => "chosen when the wait widened",
        "requeue" => "chosen again after a missed offer",
        "direct-transfer" => "transferred directly",
        _ => trigger,
    };
}
