using System.Text;
using ContactCenter.Contracts;
using MimeKit;
using MimeKit.Text;

namespace ContactCenter.Dashboard.Api.Email;

/// <summary>
/// A raw message (Content-Type: message/rfc822) as MimeKit parses it: the first From and To mailboxes, subject,
/// Message-Id, In-Reply-To, References, and the text body (the HTML body as text when there is no plain one).
/// What is missing is left for the intake grain to name.
/// </summary>
internal static class MimeIntake
{
    public static async Task<InboundEmail> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        MimeMessage message;
        try { message = await MimeMessage.LoadAsync(body, cancellationToken); }
        catch (FormatException e) { throw new ApiValidationException("body", $"The body is not a MIME message: {e.Message}"); }
        var from = message.From.Mailboxes.FirstOrDefault();
        return new InboundEmail(
            from?.ToString() ?? "",
            message.To.Mailboxes.FirstOrDefault()?.Address ?? "",
            message.Subject ?? "",
            message.TextBody ?? HtmlText(message.HtmlBody) ?? "",
            message.MessageId ?? "",
            message.InReplyTo,
            message.References.Count == 0 ? null : message.References.ToArray());
    }

    /// <summary>HTML to readable text with MimeKit's HTML tokenizer: text and entities kept, block ends as line breaks, scripts and styles dropped.</summary>
    internal static string? HtmlText(string? html)
    {
        if (html is null) return null;
        var text = new StringBuilder();
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        var skipping = false;
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when tag.Id is HtmlTagId.Script or HtmlTagId.Style:
                    skipping = !tag.IsEndTag && !tag.IsEmptyElement;
                    break;
                case HtmlTagToken tag when Breaks(tag):
                    text.Append('\n');
                    break;
                case HtmlDataToken data when !skipping:
                    text.Append(data.Data);
                    break;
            }
        }
        return Tidy(text.ToString());
    }

    private static bool Breaks(HtmlTagToken tag) =>
        tag.Id is HtmlTagId.Br || (tag.IsEndTag && tag.Id is HtmlTagId.P or HtmlTagId.Div or HtmlTagId.LI or HtmlTagId.TR or HtmlTagId.H1 or HtmlTagId.H2 or HtmlTagId.H3 or HtmlTagId.BlockQuote);

    private static string Tidy(string text)
    {
        var lines = text.Replace("\r", "").Split('\n').Select(l => string.Join(' ', l.Split([' ', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)));
        return string.Join('\n', lines).Trim();
    }
}
