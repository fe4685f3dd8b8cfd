namespace ContactCenter.Grains.Email;

/// <summary>
/// Email routing as a pure function: the first rule whose conditions all hold chooses the queue, extra skills and
/// priority; with none, the default queue. Mailbox compares addresses without case; keywords are found anywhere in
/// the subject or body, without case (one keyword of a list is enough).
/// </summary>
public static class EmailRules
{
    public static EmailRoute Route(EmailRouting routing, string mailbox, string? subject, string body)
    {
        var to = EmailAddresses.Key(mailbox);
        foreach (var rule in routing.Rules)
            if (Matches(rule, to, subject ?? "", body))
                return new EmailRoute(rule.QueueId, rule.ExtraSkills, rule.BasePriority, rule.Name);
        return new EmailRoute(routing.DefaultQueueId, [], 0, null);
    }

    public static bool Matches(EmailRoutingRule rule, string mailboxKey, string subject, string body) =>
        (rule.Mailbox is null || EmailAddresses.Key(rule.Mailbox) == mailboxKey)
        && AnyIn(rule.SubjectKeywords, subject)
        && AnyIn(rule.BodyKeywords, body);

    private static bool AnyIn(IReadOnlyList<string> keywords, string text) =>
        keywords.Count == 0 || keywords.Any(k => text.Contains(k.Trim(), StringComparison.OrdinalIgnoreCase));
}
