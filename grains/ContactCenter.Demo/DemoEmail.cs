using ContactCenter.Contracts;

namespace ContactCenter.Demo;

/// <summary>The demo's email routing: everything goes to Email care; outages, cancellations and the billing mailbox come first.</summary>
public static class DemoEmail
{
    public const string Support = "support@contact-center.example";
    public const string Billing = "billing@contact-center.example";

    public static EmailRouting Routing { get; } = new(
    [
        new("cancellations", null, [], ["cancel my", "terminate", "close my account"], "email-care", [], 30),
        new("outages", null, ["outage", "not working", "down"], [], "email-care", [], 20),
        new("billing mailbox", Billing, [], [], "email-care", [], 10),
    ], "email-care");
}
