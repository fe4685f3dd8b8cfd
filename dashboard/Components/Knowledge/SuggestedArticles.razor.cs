using System.Security.Claims;
using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ContactCenter.Dashboard.Components.Knowledge;

/// <summary>
/// Suggests the top articles for a piece of work. The case is CaseId, or else the customer's most recently updated
/// open case; the product is Product, or else the case's. "Attach to case" asks the case grain, which records the use;
/// "Send in reply" calls OnSend, whose grain (the chat, the email reply) records the use as it sends.
/// </summary>
public sealed partial class SuggestedArticles
{
    private string? _loadedFor;
    private string? _user;
    private string[] _roles = [];

    [Parameter] public string? Topic { get; set; }
    [Parameter] public string? Product { get; set; }
    [Parameter] public string? CaseId { get; set; }
    /// <summary>Whose open cases to attach to when CaseId is not given.</summary>
    [Parameter] public string? CustomerId { get; set; }
    [Parameter] public string? InteractionId { get; set; }
    [Parameter] public EventCallback<KnowledgeHit> OnSend { get; set; }
    [Parameter] public int Take { get; set; } = 3;

    [Inject] private KnowledgeQueries Queries { get; set; } = null!;
    [Inject] private KnowledgeCommands Commands { get; set; } = null!;
    [Inject] private CaseQueries Cases { get; set; } = null!;
    [CascadingParameter] private Task<AuthenticationState>? Auth { get; set; }

    private IReadOnlyList<KnowledgeHit> Hits { get; set; } = [];
    private (string CaseId, string Subject)? CaseToAttach { get; set; }
    private HashSet<string> Attached { get; } = [];
    private string? SearchedFor { get; set; }
    private bool Loaded { get; set; }
    private bool Busy { get; set; }
    private string? Error { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var key = $"{Topic}|{Product}|{CaseId}|{CustomerId}";
        if (key == _loadedFor) return;
        _loadedFor = key;
        if (Auth is not null && _user is null)
        {
            var user = (await Auth).User;
            (_user, _roles) = (user.Identity?.Name, user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray());
        }
        try
        {
            CaseToAttach = await FindCase();
            var product = Product ?? (CaseToAttach is { } c ? (await Cases.Get(c.CaseId)).Product : null);
            SearchedFor = string.Join(" · ", new[] { Topic, product }.Where(s => !string.IsNullOrWhiteSpace(s)));
            Hits = await Queries.Suggest(Topic, product, Take);
        }
        catch (ContactCenterException e) { Error = e.Message; }
        Loaded = true;
    }

    private async Task<(string, string)?> FindCase()
    {
        if (CaseId is { Length: > 0 } id)
        {
            var snapshot = await Cases.Get(id);
            return (id, snapshot.Subject);
        }
        var open = await Cases.CustomerCases(CustomerId);
        return open.OrderByDescending(c => c.UpdatedAt).Select(c => ((string, string)?)(c.CaseId, c.Subject)).FirstOrDefault();
    }

    private async Task Attach(KnowledgeHit hit)
    {
        if (CaseToAttach is not { } target) return;
        await Run(async () =>
        {
            await Commands.As(_user, _roles, c => c.AttachToCase(target.CaseId, hit.ArticleId));
            Attached.Add(hit.ArticleId);
        });
    }

    private Task Send(KnowledgeHit hit) => Run(() => OnSend.InvokeAsync(hit));

    private async Task Run(Func<Task> action)
    {
        Busy = true;
        Error = null;
        try { await action(); }
        catch (ContactCenterException e) { Error = e.Message; }
        finally { Busy = false; }
    }
}
