using System.Net.Mail;

namespace ContactCenter.Contracts.Validation;

/// <summary>Email address checks shared by customer profiles, inbound mail and replies (System.Net.Mail parses).</summary>
public static class EmailAddressRules
{
    /// <summary>A bare address (no display name), at most 254 characters; throws Invalid naming the field.</summary>
    public static string RequireAddress(string? value, string field)
    {
        Bounds.RequireText(value, field, EmailAddresses.MaxLength);
        var address = Parse(value!, field);
        if (!string.Equals(address.Address, value!.Trim(), StringComparison.Ordinal) || address.DisplayName.Length > 0)
            throw ContactCenterException.Invalid(field, $"{field} must be a bare email address such as name@example.com.");
        return address.Address;
    }

    /// <summary>An address as a mail header gives it ("Jane Doe &lt;jane@example.com&gt;" or a bare one): its address part.</summary>
    public static MailAddress RequireMailbox(string? value, string field)
    {
        Bounds.RequireText(value, field, EmailAddresses.MaxLength * 2);
        var address = Parse(value!, field);
        if (address.Address.Length > EmailAddresses.MaxLength)
            throw ContactCenterException.Invalid(field, $"{field} must be at most {EmailAddresses.MaxLength} characters.");
        return address;
    }

    private static MailAddress Parse(string value, string field) =>
        MailAddress.TryCreate(value.Trim(), out var address) && address.Host.Contains('.')
            ? address
            : throw ContactCenterException.Invalid(field, $"{field} must be an email address such as name@example.com.");
}
