using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>
/// One email routing rule. It matches when every condition it sets holds: the mailbox (the To address, without case),
/// any one of the subject keywords in the subject, any one of the body keywords in the body (keywords without case).
/// A rule with no condition matches everything. Rules are tried in order; the first match wins.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.email-routing-rule")]
public sealed record EmailRoutingRule(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Mailbox,
    [property: Id(2)] IReadOnlyList<string> SubjectKeywords,
    [property: Id(3)] IReadOnlyList<string> BodyKeywords,
    [property: Id(4)] string QueueId,
    [property: Id(5)] IReadOnlyList<SkillRequirement> ExtraSkills,
    [property: Id(6)] int BasePriority = 0)
{
    public const int MaxKeywords = 20;
    public const int MaxKeyword = 100;

    /// <summary>Checks one rule; <paramref name="at"/> is its JSON path, such as "rules[2]".</summary>
    public void Validate(string at)
    {
        Bounds.RequireText(Name, $"{at}.name", Bounds.MaxName);
        if (Mailbox is not null) EmailAddressRules.RequireAddress(Mailbox, $"{at}.mailbox");
        Keywords(SubjectKeywords, $"{at}.subjectKeywords");
        Keywords(BodyKeywords, $"{at}.bodyKeywords");
        Ids.Require(QueueId, $"{at}.queueId");
        Bounds.RequireRange(BasePriority, $"{at}.basePriority", NewInteraction.MinPriority, NewInteraction.MaxPriority);
        Bounds.RequireNoNulls(ExtraSkills, $"{at}.extraSkills");
        Bounds.RequireCount(ExtraSkills, $"{at}.extraSkills", Bounds.MaxRequiredSkills);
        SkillNames.RequireDistinct((ExtraSkills ?? []).Select(s => s.Skill), $"{at}.extraSkills");
        foreach (var (skill, j) in (ExtraSkills ?? []).Select((s, j) => (s, j)))
            QueueConfig.RequireProficiency(skill.MinProficiency, $"{at}.extraSkills[{j}].minProficiency");
    }

    private static void Keywords(IReadOnlyList<string>? keywords, string field)
    {
        if (keywords is null) throw ContactCenterException.Invalid(field, $"{field} is required (it may be empty: []).");
        Bounds.RequireNoNulls(keywords, field);
        Bounds.RequireCount(keywords, field, MaxKeywords);
        for (var i = 0; i < keywords.Count; i++) Bounds.RequireText(keywords[i], $"{field}[{i}]", MaxKeyword);
    }
}

/// <summary>The center's email routing: ordered rules, and the queue an email goes to when none matches.</summary>
[GenerateSerializer, Immutable, Alias("cc.email-routing")]
public sealed record EmailRouting(
    [property: Id(0)] IReadOnlyList<EmailRoutingRule> Rules,
    [property: Id(1)] string DefaultQueueId)
{
    public const int MaxRules = 200;

    /// <summary>Throws Invalid naming rules[i].field or defaultQueueId; whether the queues exist is the rules grain's question.</summary>
    public void Validate()
    {
        Ids.Require(DefaultQueueId, "defaultQueueId");
        if (Rules is null) throw ContactCenterException.Invalid("rules", "A list of rules is required (it may be empty).");
        Bounds.RequireNoNulls(Rules, "rules");
        Bounds.RequireCount(Rules, "rules", MaxRules);
        for (var i = 0; i < Rules.Count; i++) Rules[i].Validate($"rules[{i}]");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Rules.Count; i++)
            if (!names.Add(Rules[i].Name.Trim())) throw ContactCenterException.Invalid($"rules[{i}].name", $"Rule name '{Rules[i].Name}' is used twice.");
    }
}

/// <summary>Where the routing rules send one email: a queue, extra skills and a base priority; RuleName null for the default.</summary>
[GenerateSerializer, Immutable, Alias("cc.email-route")]
public sealed record EmailRoute(
    [property: Id(0)] string QueueId,
    [property: Id(1)] IReadOnlyList<SkillRequirement> ExtraSkills,
    [property: Id(2)] int BasePriority,
    [property: Id(3)] string? RuleName);

/// <summary>The email routing rules, audited like the entry rules. Key: "center".</summary>
public interface IEmailRoutingGrain : IGrainWithStringKey
{
    /// <summary>NotFound until someone puts the rules (the demo seeds them).</summary>
    Task<EmailRouting> Get();

    /// <summary>Validates (rules[i].field; every queue must exist), replaces the rules in one write and audits each change.</summary>
    Task<EmailRouting> Put(EmailRouting routing);

    /// <summary>The audit trail, newest first (newest 500 kept).</summary>
    Task<IReadOnlyList<AuditEntry>> GetAudit();
}

/// <summary>
/// The thread index: one grain per message id of every message in a case's thread, inbound and outbound, naming the
/// case. Key: the message id without angle brackets (see <see cref="InboundEmail.Bare"/>).
/// </summary>
public interface IEmailThreadGrain : IGrainWithStringKey
{
    /// <summary>The case this message belongs to, or null.</summary>
    Task<string?> Find();

    /// <summary>Records the message's case; the first case recorded stays (a message belongs to one thread).</summary>
    Task Register(string caseId);
}
