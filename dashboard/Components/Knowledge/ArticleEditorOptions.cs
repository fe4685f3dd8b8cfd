using MudBlazor;

namespace ContactCenter.Dashboard.Components.Knowledge;

/// <summary>The editor is wide on a desktop (text beside its preview) and full screen on a phone.</summary>
public static class ArticleEditorOptions
{
    public static DialogOptions Options => new() { MaxWidth = MaxWidth.Large, FullWidth = true, CloseOnEscapeKey = true };
}
