using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Tests.Knowledge;

/// <summary>Article bodies render as HTML that cannot run code: no script, no on* attributes, no javascript: links.</summary>
public sealed class ArticleMarkdownTests
{
    private readonly ArticleMarkdown _markdown = new();

    [Fact]
    public void Markdown_renders_headings_emphasis_lists_and_safe_links()
    {
        var html = _markdown.ToSafeHtml("# Reset\n\nHold **reset**.\n\n1. One\n2. Two\n\n[Help](https://example.com/help)");
        Assert.Contains("<h1", html);
        Assert.Contains("<strong>reset</strong>", html);
        Assert.Contains("<ol>", html);
        Assert.Contains("href=\"https://example.com/help\"", html);
        Assert.Contains("rel=\"noopener noreferrer\"", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "<img")]
    [InlineData("[click](javascript:alert(1))", "javascript:")]
    [InlineData("[click](JaVaScRiPt:alert(1))", "avascript")]
    [InlineData("<a href=\"https://x\" onclick=\"alert(1)\">x</a>", "<a href")] // raw HTML stays text: &lt;a …
    [InlineData("![x](javascript:alert(1))", "javascript:")]
    [InlineData("<iframe src=\"https://evil\"></iframe>", "<iframe")]
    public void Hostile_markdown_never_yields_runnable_html(string markdown, string forbidden)
    {
        var html = _markdown.ToSafeHtml(markdown);
        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_blank_body_renders_nothing() => Assert.Equal("", _markdown.ToSafeHtml("  "));
}
