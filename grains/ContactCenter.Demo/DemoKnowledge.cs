using ContactCenter.Contracts;

namespace ContactCenter.Demo;

/// <summary>
/// The demo center's knowledge base: articles for the billing, tech-support, sales and retention queues, tagged with
/// the IVR intents (billing, tech, sales, cancel) so the console's suggestions find them; most published, some public,
/// a draft and a retired one. Seeding again leaves existing articles alone. Past resolutions give the ranking a history.
/// </summary>
public static class DemoKnowledge
{
    public sealed record Seeded(string Id, ArticleDraft Draft, ArticleStatus Status, int PastUses = 0, int PastResolutions = 0);

    private static ArticleDraft A(string title, string body, string[] products, string[] tags, bool isPublic = false) =>
        new(title, body, products, tags, isPublic ? ArticleVisibility.Public : ArticleVisibility.Internal);

    private static readonly string[] Fiber = ["Fiber 500", "Fiber 1000"];
    private static readonly string[] Mobile = ["Mobile Unlimited", "Mobile Basic"];

    public static readonly IReadOnlyList<Seeded> Articles =
    [
        new("kb-bill-dates", A("When is my bill issued and due?", "Bills are issued on the **1st** of each month and due on the **15th**.\n\n- Paper bills arrive 3–5 days later.\n- Pay online under *Account → Billing*.", [], ["billing", "invoice", "due date"], true), ArticleStatus.Published, 40, 22),
        new("kb-bill-higher", A("Why is my bill higher than usual?", "Check for: a promotion that ended, **pro-rated charges** after a plan change, roaming or premium-rate calls.\n\nOpen the itemised bill and compare with last month. Offer a goodwill credit only under the policy in *Credits*.", [.. Fiber, .. Mobile], ["billing", "charges", "dispute"], true), ArticleStatus.Published, 35, 18),
        new("kb-bill-refund", A("Issuing a refund or credit", "1. Confirm the disputed amount on the itemised bill.\n2. Credits up to **$50** need no approval; above that, ask a supervisor.\n3. Refunds reach the card in 5–10 business days.", [], ["billing", "refund", "credit"]), ArticleStatus.Published, 30, 12),
        new("kb-bill-autopay", A("Set up or change automatic payments", "Customers enable autopay under *Account → Billing → Autopay*. A failed autopay retries after 3 days; after two failures the account goes to manual payment.", [], ["billing", "autopay", "payment"], true), ArticleStatus.Published, 12, 6),
        new("kb-bill-late-fee", A("Late fees and payment arrangements", "A late fee of $10 applies 7 days after the due date. Agents may waive **one** late fee per 12 months. Payment arrangements split a balance over up to 3 months.", [], ["billing", "late fee", "arrangement"]), ArticleStatus.Published, 18, 9),
        new("kb-bill-spanish", A("Facturas en español", "Los clientes pueden recibir la factura en español: *Cuenta → Preferencias → Idioma*.", [], ["billing", "spanish"], true), ArticleStatus.Published, 4, 2),
        new("kb-tech-router-reset", A("Reset a Router X2", "Hold the **reset** button for 10 seconds until the light blinks orange. The router restarts with factory settings; the Wi-Fi name and password are on the label.", ["Router X2", .. Fiber], ["tech", "router", "reset", "wifi"], true), ArticleStatus.Published, 60, 31),
        new("kb-tech-slow-wifi", A("Slow Wi-Fi: first checks", "1. Run a wired speed test to separate Wi-Fi from the line.\n2. Move the router off the floor, away from microwaves.\n3. Switch to the **5 GHz** network.\n4. If the wired test is slow too, check for an outage.", ["Router X2", .. Fiber], ["tech", "wifi", "slow", "speed"], true), ArticleStatus.Published, 45, 20),
        new("kb-tech-outage", A("Checking for an outage in the customer's area", "Open *Network status* with the customer's postcode. During a known outage, give the estimate and **do not** send a technician. Offer an outage credit after 24 hours.", [.. Fiber], ["tech", "outage", "no internet"]), ArticleStatus.Published, 50, 25),
        new("kb-tech-no-internet", A("No internet: the router's lights", "- **Green**: online; check the device.\n- **Orange blinking**: no line signal; check the fibre cable.\n- **Red**: line fault; book a technician.", ["Router X2", .. Fiber], ["tech", "no internet", "router"], true), ArticleStatus.Published, 38, 19),
        new("kb-tech-email-setup", A("Email settings for Outlook and phones", "IMAP `imap.example.net` port 993 (SSL), SMTP `smtp.example.net` port 587 (STARTTLS). The user name is the full email address.", [], ["tech", "email", "setup"], true), ArticleStatus.Published, 10, 4),
        new("kb-tech-tv-no-signal", A("TV Plus shows “No signal”", "Check that the set-top box is on the right HDMI input, then restart the box (unplug 30 s). If the box shows error **E-104**, re-pair the remote.", ["TV Plus"], ["tech", "tv", "no signal"], true), ArticleStatus.Published, 14, 8),
        new("kb-tech-mobile-data", A("Mobile data not working", "Check that data is on and roaming is off at home. Reset the APN to `internet.example`. A SIM swap is the last step.", [.. Mobile], ["tech", "mobile", "data", "apn"], true), ArticleStatus.Published, 22, 11),
        new("kb-tech-technician", A("Booking a technician visit", "Book only after the remote checks. Slots are 8–12 and 12–17. A missed visit by the customer costs $45; say so before booking.", [.. Fiber, "TV Plus"], ["tech", "technician", "visit"]), ArticleStatus.Published, 16, 7),
        new("kb-tech-password", A("Resetting the account password", "Send the reset link from *Customer → Security*. Never read a password aloud or ask for the old one.", [], ["tech", "password", "security", "account"], false), ArticleStatus.Published, 20, 10),
        new("kb-sales-upgrade", A("Upgrading from Fiber 500 to Fiber 1000", "The upgrade is immediate and pro-rated. No new router is needed with a Router X2. Mention the 12-month price lock.", [.. Fiber], ["sales", "upgrade", "fiber"], true), ArticleStatus.Published, 25, 14),
        new("kb-sales-bundle", A("Bundles: Fiber + TV + Mobile", "Two services save 10%, three save 15%. The discount appears on the next full bill.", [.. Fiber, "TV Plus", .. Mobile], ["sales", "bundle", "discount"], true), ArticleStatus.Published, 18, 9),
        new("kb-sales-new-line", A("Adding a mobile line", "Up to 5 lines per account. Each extra line on Mobile Unlimited is $25. The SIM ships in 2 days; eSIM activates at once.", [.. Mobile], ["sales", "mobile", "new line", "esim"], true), ArticleStatus.Published, 12, 5),
        new("kb-sales-moving", A("Moving home: keeping the service", "Book the move 2 weeks ahead. Check fibre coverage at the new address first; where there is none, the contract ends without a fee.", [.. Fiber], ["sales", "moving", "address"], true), ArticleStatus.Published, 15, 8),
        new("kb-cancel-retention", A("Retention offers before cancelling", "Ask why first. Price: offer the loyalty discount (20% for 12 months). Speed: offer a free upgrade for 3 months. Moving: see *Moving home*.", [.. Fiber, .. Mobile, "TV Plus"], ["cancel", "retention", "offer"]), ArticleStatus.Published, 28, 15),
        new("kb-cancel-process", A("How cancellation works", "Cancellation takes effect at the end of the billing month. Early termination fees apply inside the minimum term. Return the router within 30 days.", [.. Fiber, .. Mobile, "TV Plus"], ["cancel", "termination", "fee"], true), ArticleStatus.Published, 20, 9),
        new("kb-general-hours", A("Contact center opening hours", "Phone and chat: 8:00–20:00 Monday to Saturday. Email answers within one business day. Outage line: 24/7.", [], ["general", "hours", "contact"], true), ArticleStatus.Published, 9, 3),
        new("kb-general-complaint", A("Handling a formal complaint", "Log the complaint as a **case** with priority High. Acknowledge within 1 business day and resolve within 8 weeks, or give the ombudsman letter.", [], ["general", "complaint", "case"]), ArticleStatus.Published, 11, 6),
        new("kb-general-privacy", A("Identity checks before account changes", "Verify two of: date of birth, last payment amount, account PIN. Never change the address or payment details without both.", [], ["general", "security", "verification"]), ArticleStatus.Published, 14, 4),
        new("kb-draft-5g", A("5G home internet (pilot)", "Internal notes for the pilot: coverage list and router setup. Not for customers yet.", ["5G Home"], ["sales", "5g", "pilot"]), ArticleStatus.Draft),
        new("kb-retired-dsl", A("DSL modem setup (discontinued)", "DSL is no longer sold; migrate customers to fibre.", ["DSL"], ["tech", "dsl"]), ArticleStatus.Retired),
    ];

    public static async Task SeedAsync(IGrainFactory grains)
    {
        await Task.WhenAll(Articles.Select(seeded => SeedOne(grains.GetGrain<IKnowledgeArticleGrain>(seeded.Id), seeded)));
    }

    private static async Task SeedOne(IKnowledgeArticleGrain article, Seeded seeded)
    {
        if (await article.Describe() is not null) return;
        await article.Create(seeded.Draft);
        if (seeded.Status == ArticleStatus.Draft) return;
        await article.Approve();
        await article.Publish();
        for (var i = 0; i < seeded.PastUses; i++) await article.RecordUse(new KnowledgeUse(KnowledgeUseKind.AttachedToCase, null, null));
        for (var i = 0; i < seeded.PastResolutions; i++) await article.RecordResolution($"demo-history-{seeded.Id}-{i}");
        if (seeded.Status == ArticleStatus.Retired) await article.Retire("Product discontinued");
    }
}
