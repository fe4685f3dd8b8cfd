using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContactCenter.Grains.Email;

/// <summary>Registers the outbound mail port from "Mail": SMTP through MailKit when Mail:Smtp:Host is set, else .eml files.</summary>
public static class MailServices
{
    public static IServiceCollection AddContactCenterMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section);
        services.TryAddSingleton<IOutboundMail>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<MailOptions>>().Value.Smtp.Host)
            ? ActivatorUtilities.CreateInstance<EmlFolderMail>(sp)
            : ActivatorUtilities.CreateInstance<SmtpMail>(sp));
        return services;
    }
}
