using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Cases;

/// <summary>Opens a case for the signed-in agent from one of its interactions; closes with the new case's id.</summary>
public sealed partial class CreateCaseDialog
{
    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = null!;
    [Inject] private CaseCommands Commands { get; set; } = null!;

    [Parameter, EditorRequired] public string InteractionId { get; set; } = "";
    [Parameter, EditorRequired] public string CustomerId { get; set; } = "";
    [Parameter] public string CustomerName { get; set; } = "";
    [Parameter] public string AgentId { get; set; } = "";
    [Parameter] public string? User { get; set; }
    [Parameter] public Channel Channel { get; set; }
    [Parameter] public IReadOnlyDictionary<string, string> QueueNames { get; set; } = new Dictionary<string, string>();
    [Parameter] public string? Subject { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public string? QueueId { get; set; }
    [Parameter] public CasePriority Priority { get; set; } = CasePriority.Normal;

    private Dictionary<string, string> Errors { get; } = [];
    private string? Error { get; set; }
    private bool Busy { get; set; }

    private async Task Create()
    {
        Errors.Clear();
        Error = null;
        Busy = true;
        try
        {
            var draft = new CaseDraft(CustomerId, Subject?.Trim() ?? "", QueueId ?? "", Priority, Channel,
                string.IsNullOrWhiteSpace(Description) ? null : Description, null, InteractionId, AgentId);
            var created = await Commands.As(User, c => c.Create(CaseCommands.NewCaseId(), draft));
            Dialog.Close(DialogResult.Ok(created.CaseId));
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.Invalid && e.Field is "subject" or "description" or "queueId") { Errors[e.Field!] = e.Message; }
        catch (ContactCenterException e) { Error = e.Message; }
        finally { Busy = false; }
    }

    /// <summary>The subject a case starts with: the first line of the agent's notes, else the wrap-up code, else the channel.</summary>
    public static string SubjectFrom(string? notes, string? wrapUpCode, Channel channel)
    {
        var line = notes?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (!string.IsNullOrWhiteSpace(line)) return line.Length <= CaseDraft.MaxSubject ? line : line[..CaseDraft.MaxSubject];
        return wrapUpCode is { Length: > 0 } code ? $"Follow-up: {code}" : $"Follow-up from a {channel.ToString().ToLowerInvariant()} contact";
    }
}
