using Microsoft.AspNetCore.Components;

namespace ContactCenter.Dashboard.SelfService;

/// <summary>How an article's Markdown body is shown to customers.</summary>
public static class PublicArticleBody
{
    /// <summary>
    /// Until the knowledge branch's safe Markdown renderer is merged, the body is shown as encoded plain text (safe, not
    /// formatted). At merge this is the one line to change: <c>new MarkupString(ArticleMarkdown.ToSafeHtml(markdown))</c>.
    /// </summary>
    public static MarkupString ToHtml(string markdown) =>
        new($"<div class=\"ss-plain\">{System.Net.WebUtility.HtmlEncode(markdown)}</div>");
}
