using System.Text.RegularExpressions;
using Markdig;

namespace ContactCenter.Grains.Knowledge;

/// <summary>An article body as plain text for the index and snippets: Markdown stripped by Markdig, whitespace collapsed.</summary>
public static partial class PlainText
{
    public const int SnippetLength = 180;

    public static string FromMarkdown(string markdown) => Spaces().Replace(Markdown.ToPlainText(markdown), " ").Trim();

    /// <summary>About <see cref="SnippetLength"/> characters around the match (cut at spaces), or the start when there is none.</summary>
    public static string Snippet(string text, (int Start, int End)? match)
    {
        if (text.Length <= SnippetLength) return text;
        var at = match?.Start ?? 0;
        var start = Math.Max(0, at - SnippetLength / 3);
        if (start > 0 && text.IndexOf(' ', start) is var space and >= 0 && space < at) start = space + 1;
        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length && text.LastIndexOf(' ', end) is var last && last > Math.Max(start, at)) end = last;
        return (start > 0 ? "…" : "") + text[start..end].Trim() + (end < text.Length ? "…" : "");
    }

    /// <summary>A search text as the zero-result list keeps it: lower case, single spaces, at most 100 characters.</summary>
    public static string Normalise(string text)
    {
        var once = Spaces().Replace(text.Trim().ToLowerInvariant(), " ");
        return once.Length <= 100 ? once : once[..100];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
