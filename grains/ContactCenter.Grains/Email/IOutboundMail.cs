namespace ContactCenter.Grains.Email;

/// <summary>A reply ready to leave: addresses, subject, text and the thread headers (message ids without angle brackets).</summary>
public sealed record OutboundMessage(
    string MessageId, string From, string To, string Subject, string Text, string? InReplyTo, IReadOnlyList<string> References);

/// <summary>The outbound mail port. Returns a receipt (a file path, the relay's answer); throws when the message did not leave.</summary>
public interface IOutboundMail
{
    Task<string> Send(OutboundMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// Section "Mail". From is the replies' sender (its domain also names their Message-Ids). Folder: where EmlFolderMail
/// writes .eml files (default: "contact-center-mail" under the system temp folder). Smtp.Host set: replies go to that
/// relay through MailKit instead.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "support@contact-center.example";
    public string? Folder { get; set; }
    public SmtpOptions Smtp { get; set; } = new();

    public string FolderOrDefault => string.IsNullOrWhiteSpace(Folder) ? Path.Combine(Path.GetTempPath(), "contact-center-mail") : Folder;

    public string Domain => From.Split('@') is [_, var domain] && domain.Length > 0 ? domain : "contact-center.example";
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>Auto (STARTTLS when offered), None, StartTls or SslOnConnect.</summary>
    public string Security { get; set; } = "Auto";
    public string? User { get; set; }
    public string? Password { get; set; }
}
