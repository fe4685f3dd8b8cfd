using MimeKit;

namespace ContactCenter.Grains.Email;

/// <summary>Builds the MIME message of a reply with MimeKit: plain text, Message-Id, In-Reply-To and References.</summary>
public static class MailMessages
{
    public static MimeMessage Build(OutboundMessage message)
    {
        var mime = new MimeMessage { Subject = message.Subject, MessageId = message.MessageId, Body = new TextPart("plain") { Text = message.Text } };
        mime.From.Add(MailboxAddress.Parse(message.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        if (message.InReplyTo is { } inReplyTo) mime.InReplyTo = inReplyTo;
        foreach (var reference in message.References) mime.References.Add(reference);
        return mime;
    }
}
