using ContactCenter.Grains.Email;

namespace ContactCenter.Tests.Email;

/// <summary>The routing rules as a pure function: conditions, order, the default queue.</summary>
public sealed class EmailRulesTests
{
    private static readonly EmailRoutingRule Billing = Rule("billing", mailbox: "billing@center.example", queue: "billing");
    private static readonly EmailRoutingRule Outage = Rule("outage", subject: ["outage", "down"], queue: "tech", priority: 50, skill: "network");
    private static readonly EmailRoutingRule Cancel = Rule("cancel", body: ["cancel my", "terminate"], queue: "retention");
    private static readonly EmailRouting Routing = new([Billing, Outage, Cancel], "email-care");

    private static EmailRoutingRule Rule(string name, string? mailbox = null, string[]? subject = null, string[]? body = null,
        string queue = "q", int priority = 0, string? skill = null) =>
        new(name, mailbox, subject ?? [], body ?? [], queue, skill is null ? [] : [new SkillRequirement(skill, 3)], priority);

    [Fact]
    public void The_mailbox_matches_without_case_and_the_first_matching_rule_wins()
    {
        var route = EmailRules.Route(Routing, "Billing@Center.Example", "Outage at home", "please cancel my plan");
        Assert.Equal(("billing", "billing"), (route.QueueId, route.RuleName));
    }

    [Fact]
    public void A_subject_keyword_anywhere_without_case_brings_the_rules_skills_and_priority()
    {
        var route = EmailRules.Route(Routing, "support@center.example", "Internet is DOWN again", "hello");
        Assert.Equal(("tech", 50, "network"), (route.QueueId, route.BasePriority, Assert.Single(route.ExtraSkills).Skill));
    }

    [Fact]
    public void A_body_keyword_matches_when_earlier_rules_do_not()
    {
        Assert.Equal("retention", EmailRules.Route(Routing, "support@center.example", "Question", "I want to Terminate the contract").QueueId);
    }

    [Fact]
    public void Nothing_matching_goes_to_the_default_queue_with_no_rule_name()
    {
        var route = EmailRules.Route(Routing, "support@center.example", null, "Just saying thanks");
        Assert.Equal(("email-care", null, 0), (route.QueueId, route.RuleName, route.ExtraSkills.Count));
    }

    [Fact]
    public void Every_condition_of_a_rule_must_hold()
    {
        var both = Rule("both", mailbox: "vip@center.example", subject: ["refund"], queue: "vip");
        var routing = new EmailRouting([both], "default");
        Assert.Equal("default", EmailRules.Route(routing, "vip@center.example", "Hello", "refund please").QueueId);
        Assert.Equal("vip", EmailRules.Route(routing, "vip@center.example", "Refund request", "").QueueId);
    }

    [Fact]
    public void A_reply_subject_carries_the_case_reference_once_and_it_is_read_back()
    {
        var subject = EmailThreading.ReplySubject("Re: Router [Case case-abc]", "case-abc");
        Assert.Equal("Re: Router [Case case-abc]", subject);
        Assert.Equal("Re: Router down [Case case-x1]", EmailThreading.ReplySubject("Router down", "case-x1"));
        Assert.Equal("case-abc", EmailThreading.CaseReferenceIn("AW: " + subject));
        Assert.Null(EmailThreading.CaseReferenceIn("[Case ../etc]"));
    }
}
