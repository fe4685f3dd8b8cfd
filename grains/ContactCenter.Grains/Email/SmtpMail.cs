using MailKit.Security;
using Microsoft.Extensions.Options;

namespace ContactCenter.Grains.Email;

/// <summary>The outbound port for a real relay (Mail:Smtp:Host set): one MailKit SMTP session per message.</summary>
public sealed class SmtpMail(IOptions<MailOptions> options) : IOutboundMail
{
    public async Task<string> Send(OutboundMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new MailKit.Net.Smtp.SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException("Mail:Smtp:Host is not set."), smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User)) await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
        var answer = await client.SendAsync(MailMessages.Build(message), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        return $"smtp://{smtp.Host}:{smtp.Port} {answer}";
    }
}
