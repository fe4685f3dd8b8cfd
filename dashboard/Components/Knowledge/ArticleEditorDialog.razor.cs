using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Knowledge;

/// <summary>Creates a draft, or edits an article (which the grain returns to Draft as a new version); closes with the article.</summary>
public sealed partial class ArticleEditorDialog
{
    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = null!;
    [Inject] private KnowledgeCommands Commands { get; set; } = null!;
    [Inject] private ArticleMarkdown Markdown { get; set; } = null!;

    /// <summary>The article to edit; null creates a new one.</summary>
    [Parameter] public string? ArticleId { get; set; }
    [Parameter] public string? User { get; set; }
    [Parameter] public IReadOnlyList<string> Roles { get; set; } = [];
    [Parameter] public string? Title { get; set; }
    [Parameter] public string? Body { get; set; }
    [Parameter] public string? Products { get; set; }
    [Parameter] public string? Tags { get; set; }
    [Parameter] public ArticleVisibility Visibility { get; set; }

    private Dictionary<string, string> Errors { get; } = [];
    private string? Error { get; set; }
    private bool Busy { get; set; }

    /// <summary>"Fiber 500, Router X2" → ["Fiber 500", "Router X2"]; blanks between commas are dropped.</summary>
    public static string[] Labels(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private async Task Save()
    {
        Errors.Clear();
        Error = null;
        Busy = true;
        try
        {
            var draft = new ArticleDraft(Title?.Trim() ?? "", Body ?? "", Labels(Products), Labels(Tags), Visibility);
            var saved = await Commands.As(User, Roles, c => ArticleId is { } id ? c.Edit(id, draft) : c.Create(KnowledgeCommands.NewArticleId(), draft));
            Dialog.Close(DialogResult.Ok(saved));
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.Invalid && e.Field is { } field && FieldOf(field) is { } shown) { Errors[shown] = e.Message; }
        catch (ContactCenterException e) { Error = e.Message; }
        finally { Busy = false; }
    }

    /// <summary>"products[2]" is shown under the products field.</summary>
    private static string? FieldOf(string field)
    {
        var name = field.Split('[')[0];
        return name is "title" or "body" or "products" or "tags" ? name : null;
    }
}
