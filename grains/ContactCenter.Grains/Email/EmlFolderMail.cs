using Microsoft.Extensions.Options;

namespace ContactCenter.Grains.Email;

/// <summary>The default outbound port: each reply becomes an .eml file (MimeKit writes it) in the configured folder.</summary>
public sealed class EmlFolderMail(IOptions<MailOptions> options) : IOutboundMail
{
    public async Task<string> Send(OutboundMessage message, CancellationToken cancellationToken)
    {
        var folder = options.Value.FolderOrDefault;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileNameFor(message.MessageId));
        var partial = path + ".partial";
        // Written aside then moved, so a reader (or a pickup service) never sees half a message.
        await MailMessages.Build(message).WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
        return path;
    }

    /// <summary>The file a message id is written to: its safe characters, others as '_', and ".eml".</summary>
    public static string FileNameFor(string messageId) =>
        string.Concat(messageId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')) + ".eml";
}
