using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ContactCenter.Grains.Email;

/// <summary>
/// Pure helpers of threading: the case reference a reply's subject carries ("[Case case-k3v9q2x7ab]", as our replies
/// write it), the ids derived from a message id (so a retried delivery lands on the same case and interaction), and
/// which cases may take a message.
/// </summary>
public static partial class EmailThreading
{
    /// <summary>A resolved or closed case takes the customer's answer (and reopens) this long after it was resolved.</summary>
    public static readonly TimeSpan ReopenWindow = TimeSpan.FromDays(14);

    [GeneratedRegex(@"\[\s*Case\s+([A-Za-z0-9][A-Za-z0-9\-_.:@]{0,127})\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaseTag();

    /// <summary>The subject our replies carry, so the customer's answer threads back even without headers.</summary>
    public static string ReplySubject(string caseSubject, string caseId)
    {
        var subject = CaseTag().Replace(caseSubject, "").Trim();
        if (!subject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase)) subject = $"Re: {subject}";
        return $"{subject} [Case {caseId}]";
    }

    /// <summary>The last case reference in the subject that is a valid id, or null.</summary>
    public static string? CaseReferenceIn(string? subject) =>
        subject is null ? null : CaseTag().Matches(subject).Select(m => m.Groups[1].Value).LastOrDefault(Ids.IsValid);

    /// <summary>The message ids to look up, most specific first: In-Reply-To, then References newest first.</summary>
    public static IEnumerable<string> ThreadIds(InboundEmail email) =>
        new[] { email.InReplyTo }.Concat((email.References ?? []).Reverse()).OfType<string>()
            .Select(InboundEmail.Bare).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal);

    /// <summary>Open cases take a message; resolved or closed ones only within the reopen window.</summary>
    public static bool Accepts(CaseSnapshot c, DateTimeOffset now) =>
        c.Status.IsOpen() || (c.Sla.ResolvedAt ?? c.UpdatedAt) >= now - ReopenWindow;

    public static string CaseIdFor(string messageId) => $"case-m{Hash(messageId, 15)}";

    public static string InteractionIdFor(string messageId) => $"email-{Hash(messageId, 20)}";

    public static string CustomerIdFor(string addressKey) => $"cust-email-{Hash(addressKey, 16)}";

    private static string Hash(string text, int length) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];
}
