using System.Security.Claims;
using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Cases;

/// <summary>The case side of the screen pop for one work item: the customer's open cases, linking, and "Create case".</summary>
public sealed partial class CaseLinks
{
    private string? _loadedFor;
    private string? _user;
    private string _agentId = "";

    [Parameter, EditorRequired] public WorkItem Item { get; set; } = null!;
    [Parameter] public ScreenPop? Pop { get; set; }
    [Parameter] public IReadOnlyDictionary<string, string> QueueNames { get; set; } = new Dictionary<string, string>();
    [Parameter] public EventCallback<string> OnError { get; set; }
    [Inject] private CaseQueries Queries { get; set; } = null!;
    [Inject] private CaseCommands Commands { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;
    [CascadingParameter] private Task<AuthenticationState>? Auth { get; set; }

    private IReadOnlyList<CustomerCase> Cases { get; set; } = [];
    private HashSet<string> Linked { get; } = [];
    private bool CanCreate => Pop?.Customer is not null && !Item.IsConsult && Item.Status is WorkStatus.Connected or WorkStatus.WrapUp;

    protected override async Task OnParametersSetAsync()
    {
        if (Auth is not null && _user is null)
        {
            var user = (await Auth).User;
            (_user, _agentId) = (user.Identity?.Name, user.FindFirstValue(Roles.AgentIdClaim) ?? "");
        }
        var customer = Pop?.Customer?.Profile.CustomerId;
        if (customer is null || customer == _loadedFor) return;
        _loadedFor = customer;
        Cases = await Queries.CustomerCases(customer);
        // A case opened from this interaction, or linked to it before, already has it.
        foreach (var c in Cases)
        {
            try { if ((await Queries.Get(c.CaseId)).InteractionIds.Contains(Item.InteractionId)) Linked.Add(c.CaseId); }
            catch (ContactCenterException) { /* a case the customer still lists but that is gone: offer the link; the grain refuses it */ }
        }
    }

    private async Task Link(CustomerCase c)
    {
        try
        {
            await Commands.As(_user, x => x.Link(c.CaseId, Item.InteractionId));
            Linked.Add(c.CaseId);
        }
        catch (ContactCenterException e) { await OnError.InvokeAsync($"Could not link this call to {c.Subject}: {e.Message}"); }
    }

    private async Task Create()
    {
        var customer = Pop!.Customer!;
        var parameters = new DialogParameters<CreateCaseDialog>
        {
            { x => x.InteractionId, Item.InteractionId }, { x => x.CustomerId, customer.Profile.CustomerId }, { x => x.CustomerName, customer.Profile.Name },
            { x => x.AgentId, _agentId }, { x => x.User, _user }, { x => x.Channel, Item.Channel }, { x => x.QueueNames, QueueNames },
            { x => x.QueueId, Item.QueueId }, { x => x.Subject, CreateCaseDialog.SubjectFrom(Item.DraftNotes, Item.DraftCode, Item.Channel) },
            { x => x.Description, Item.DraftNotes },
        };
        var dialog = await Dialogs.ShowAsync<CreateCaseDialog>("Create a case", parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: string caseId }) Navigation.NavigateTo($"/cases/{caseId}");
    }
}
