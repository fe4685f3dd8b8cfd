using System.Security.Claims;
using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Components.Knowledge;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>One article, rendered safely, with its step history; the lifecycle buttons show by role (the grain decides).</summary>
public sealed partial class KnowledgeArticlePage
{
    private string? _user;
    private string[] _roles = [];

    [Parameter] public string ArticleId { get; set; } = "";
    [Inject] private KnowledgeQueries Queries { get; set; } = null!;
    [Inject] private KnowledgeCommands Commands { get; set; } = null!;
    [Inject] private ArticleMarkdown Markdown { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = null!;

    private KnowledgeArticle? Article { get; set; }
    private bool Missing { get; set; }
    private string? Error { get; set; }
    private string? Note { get; set; }
    private bool Busy { get; set; }
    private bool CanWrite { get; set; }
    private bool CanPublish { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var user = (await Auth).User;
        _user = user.Identity?.Name;
        _roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray();
        CanWrite = KnowledgePolicies.CanWrite(user);
        CanPublish = KnowledgePolicies.CanPublish(user);
        try { Article = await Queries.Get(ArticleId); }
        catch (ContactCenterException e) when (e.Kind is ErrorKind.NotFound or ErrorKind.Invalid) { Missing = true; }
    }

    private async Task Step(ArticleStatus to)
    {
        Busy = true;
        Error = null;
        try
        {
            var note = string.IsNullOrWhiteSpace(Note) ? null : Note;
            Article = await Commands.As(_user, _roles, c => to switch
            {
                ArticleStatus.Approved => c.Approve(ArticleId, note),
                ArticleStatus.Published => c.Publish(ArticleId, note),
                _ => c.Retire(ArticleId, note),
            });
            Note = null;
            Snackbar.Add($"Article {to.ToString().ToLowerInvariant()}.", Severity.Success);
        }
        catch (ContactCenterException e) { Error = e.Message; }
        finally { Busy = false; }
    }

    private async Task Edit()
    {
        var a = Article!;
        var parameters = new DialogParameters<ArticleEditorDialog>
        {
            { x => x.ArticleId, a.ArticleId }, { x => x.User, _user }, { x => x.Roles, _roles }, { x => x.Title, a.Title }, { x => x.Body, a.Body },
            { x => x.Products, string.Join(", ", a.Products) }, { x => x.Tags, string.Join(", ", a.Tags) }, { x => x.Visibility, a.Visibility },
        };
        var dialog = await Dialogs.ShowAsync<ArticleEditorDialog>("Edit article", parameters, ArticleEditorOptions.Options);
        if (await dialog.Result is { Canceled: false, Data: KnowledgeArticle saved }) Article = saved;
    }
}
