using System.Security.Claims;
using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Components.Knowledge;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>
/// The knowledge base: search the published articles (as agents and customers find them), and manage every article
/// by status. Agents, supervisors and admins write drafts; the article page moves them through the lifecycle.
/// </summary>
public sealed partial class KnowledgePage
{
    public const int PageSize = 25;
    private static readonly ArticleStatus?[] StatusTabs = [null, ArticleStatus.Draft, ArticleStatus.Approved, ArticleStatus.Published, ArticleStatus.Retired];
    private string? _user;
    private string[] _roles = [];

    [Inject] private KnowledgeQueries Queries { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = null!;

    private ArticlePage? Page { get; set; }
    private ArticleStatus? Status { get; set; }
    private string? Filter { get; set; }
    private int PageIndex { get; set; }
    private string? SearchText { get; set; }
    private string? SearchProduct { get; set; }
    private string? SearchError { get; set; }
    private IReadOnlyList<KnowledgeHit>? Hits { get; set; }
    private string? Error { get; set; }
    private bool CanWrite { get; set; }
    private bool CanInsights { get; set; }
    private int Pages => Page is null ? 1 : Math.Max(1, (Page.Total + PageSize - 1) / PageSize);

    public static string ArticleHref(string articleId) => $"/knowledge/articles/{Uri.EscapeDataString(articleId)}";

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth).User;
        _user = user.Identity?.Name;
        _roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray();
        CanWrite = KnowledgePolicies.CanWrite(user);
        CanInsights = user.IsInRole(Roles.Analyst) || KnowledgePolicies.CanPublish(user);
        await Reload();
    }

    private int Count(ArticleStatus? status) =>
        Page is null ? 0 : status is { } s ? Page.ByStatus.GetValueOrDefault(s) : Page.ByStatus.Values.Sum();

    private async Task Reload()
    {
        try { Page = await Queries.List(new ArticleListQuery(Status, string.IsNullOrWhiteSpace(Filter) ? null : Filter, PageIndex * PageSize, PageSize)); }
        catch (ContactCenterException e) { Error = e.Message; }
    }

    private Task Choose(ArticleStatus? status)
    {
        (Status, PageIndex) = (status, 0);
        return Reload();
    }

    private Task FilterChanged(string? text)
    {
        (Filter, PageIndex) = (text, 0);
        return Reload();
    }

    private Task Go(int page)
    {
        PageIndex = page;
        return Reload();
    }

    private async Task Search()
    {
        SearchError = null;
        try
        {
            var product = string.IsNullOrWhiteSpace(SearchProduct) ? null : SearchProduct.Trim();
            Hits = await Queries.Search(new KnowledgeQuery(SearchText, product, Take: 10));
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.Invalid) { SearchError = e.Message; }
    }

    private async Task New()
    {
        var parameters = new DialogParameters<ArticleEditorDialog> { { x => x.User, _user }, { x => x.Roles, _roles } };
        var dialog = await Dialogs.ShowAsync<ArticleEditorDialog>("New article", parameters, ArticleEditorOptions.Options);
        if (await dialog.Result is { Canceled: false, Data: KnowledgeArticle created }) Navigation.NavigateTo(ArticleHref(created.ArticleId));
    }
}
