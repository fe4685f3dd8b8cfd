using System.Security.Cryptography;
using System.Text;
using ContactCenter.Grains.SelfService;

namespace ContactCenter.Tests.SelfService;

/// <summary>Opening a request, the token that proves it, the customer's view and comments, and refusals that change nothing.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SelfServiceRequestTests(ClusterFixture fixture)
{
    private readonly SelfServiceWorld _world = new(fixture);

    [Fact]
    public async Task Opening_a_request_answers_a_reference_and_a_token_and_opens_a_case_in_the_products_queue_for_a_new_web_customer()
    {
        var (product, queue) = await _world.Product();

        var receipt = await _world.Open(product);

        Assert.Equal(receipt.Reference, SelfServiceReferences.Normalize(receipt.Reference));
        Assert.Equal(32, receipt.Token.Length);
        var opened = await _world.Case(receipt.Reference).GetSnapshot();
        Assert.Equal((queue, Channel.Email, receipt.Reference, "Routers", CaseStatus.New),
            (opened.QueueId, opened.Origin, opened.SelfServiceReference, opened.Product, opened.Status));
        Assert.Equal("customer", Assert.Single(opened.Timeline).By);
        var customer = await _world.Center.Customer(opened.CustomerId).GetSnapshot();
        Assert.StartsWith(WebCustomers.IdPrefix, opened.CustomerId);
        Assert.Equal(("Mia Jones", "mia.jones@example.com"), (customer.Profile.Name, customer.Profile.Email));
    }

    [Fact]
    public async Task The_right_token_shows_the_status_in_the_customers_words_in_any_case_and_grouping()
    {
        var (product, _) = await _world.Product();
        var receipt = await _world.Open(product);

        var view = await _world.Request(receipt.Reference).View(receipt.Token);
        var grouped = string.Join('-', receipt.Token.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var again = await _world.Request(receipt.Reference).View(grouped);

        Assert.Equal((CaseStatus.New, "Received: waiting for an agent", "My router keeps rebooting"), (view.Status, view.StatusText, view.Subject));
        Assert.Equal(CustomerEntryKind.Opened, Assert.Single(view.Timeline).Kind);
        Assert.Equal((view.Status, view.Timeline.Count), (again.Status, again.Timeline.Count));
    }

    [Fact]
    public async Task A_wrong_token_and_an_unknown_reference_get_the_same_answer_that_names_nothing()
    {
        var (product, _) = await _world.Product();
        var receipt = await _world.Open(product);
        var other = await _world.Open(product);

        var wrong = await SelfServiceWorld.Refused(() => _world.Request(receipt.Reference).View(other.Token), ErrorKind.NotFound);
        var unknown = await SelfServiceWorld.Refused(() => _world.Request(SelfServiceReferences.New()).View(receipt.Token), ErrorKind.NotFound);
        var empty = await SelfServiceWorld.Refused(() => _world.Request(receipt.Reference).View(""), ErrorKind.NotFound);
        var huge = await SelfServiceWorld.Refused(() => _world.Request(receipt.Reference).View(new string('A', 10_000)), ErrorKind.NotFound);
        var comment = await SelfServiceWorld.Refused(() => _world.Request(receipt.Reference).Comment(other.Token, "hello"), ErrorKind.NotFound);

        Assert.All(new[] { wrong, unknown, empty, huge, comment }, e => Assert.Equal(SelfServiceReferences.NotRight, e.Message));
        Assert.Single((await _world.Case(receipt.Reference).GetSnapshot()).Timeline);
    }

    [Fact]
    public async Task A_comment_reopens_a_case_waiting_on_the_customer_and_shows_on_their_timeline()
    {
        var (product, _) = await _world.Product();
        var receipt = await _world.Open(product);
        await _world.Case(receipt.Reference).ChangeStatus(CaseStatus.PendingCustomer, "asked for the router's serial number");

        var view = await _world.Request(receipt.Reference).Comment(receipt.Token, "  The serial is X2-1234.  ");

        Assert.Equal(CaseStatus.InProgress, view.Status);
        var comment = Assert.Single(view.Timeline, e => e.Kind == CustomerEntryKind.CustomerComment);
        Assert.Equal(("You", "The serial is X2-1234."), (comment.Author, comment.Text));
        Assert.Equal(["Waiting for your reply", "We are working on it"],
            view.Timeline.Where(e => e.Kind == CustomerEntryKind.StatusChanged).Select(e => e.Text));
        var onCase = await _world.Case(receipt.Reference).GetSnapshot();
        Assert.Contains(onCase.Timeline, e => e.Kind == CaseEventKind.CustomerComment && e.By == "customer");
    }

    [Fact]
    public async Task The_customer_never_sees_notes_reasons_priorities_or_staff_names()
    {
        var (product, _) = await _world.Product();
        var receipt = await _world.Open(product);
        var c = _world.Case(receipt.Reference);
        ContactCenter.Contracts.Actor.Set("supervisor.sam");
        try
        {
            await c.AddNote("internal: customer sounds angry");
            await c.ChangePriority(CasePriority.High);
            await c.ChangeStatus(CaseStatus.InProgress, "internal: escalate if it happens again");
            await c.AddReply(new CaseReply("Please restart it once more.", "mia.jones@example.com", "Your router", "msg-1@cc"));
        }
        finally { ContactCenter.Contracts.Actor.Set(null); }

        var view = await _world.Request(receipt.Reference).View(receipt.Token);

        var text = string.Join("\n", view.Timeline.Select(e => $"{e.Author} {e.Text}"));
        Assert.DoesNotContain("internal", text);
        Assert.DoesNotContain("sam", text);
        Assert.DoesNotContain("High", text);
        Assert.DoesNotContain("mia.jones@example.com", text);
        Assert.Equal([CustomerEntryKind.Opened, CustomerEntryKind.StatusChanged, CustomerEntryKind.Reply], view.Timeline.Select(e => e.Kind));
        Assert.Equal(("Support team", "Your router\n\nPlease restart it once more."), (view.Timeline[^1].Author, view.Timeline[^1].Text));
    }

    [Fact]
    public async Task The_token_is_stored_only_as_a_salted_hash()
    {
        var (product, _) = await _world.Product();
        var first = await _world.Open(product);
        var second = await _world.Open(product);

        var stored = await _world.Stored(first.Reference);
        var other = await _world.Stored(second.Reference);

        Assert.Equal(first.Reference, stored.CaseId);
        Assert.Equal(16, stored.Salt!.Length);
        Assert.NotEqual(stored.Salt, other.Salt);
        Assert.Equal(SHA256.HashData([.. stored.Salt, .. Encoding.ASCII.GetBytes(first.Token)]), stored.TokenHash);
        var everything = string.Join("|", stored.CaseId, stored.CustomerId, Convert.ToBase64String(stored.Salt), Convert.ToBase64String(stored.TokenHash!),
            Encoding.Latin1.GetString(stored.Salt), Encoding.Latin1.GetString(stored.TokenHash!));
        Assert.DoesNotContain(first.Token, everything, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("name", "", null, null, null, null)]
    [InlineData("email", null, "not-an-address", null, null, null)]
    [InlineData("email", null, "Mia <mia@example.com>", null, null, null)]
    [InlineData("email", null, "mia@localhost", null, null, null)]
    [InlineData("subject", null, null, " ", null, null)]
    [InlineData("description", null, null, null, "", null)]
    [InlineData("product", null, null, null, null, "")]
    [InlineData("product", null, null, null, null, "no-such-product")]
    public async Task A_bad_field_is_refused_naming_it_and_nothing_is_opened(string field, string? name, string? email, string? subject, string? description, string? product)
    {
        var (known, _) = await _world.Product();
        var good = SelfServiceWorld.Form(known);
        var form = new ServiceRequestForm(name ?? good.Name, email ?? good.Email, subject ?? good.Subject, description ?? good.Description, product ?? good.Product);
        var reference = SelfServiceReferences.New();

        await SelfServiceWorld.Refused(() => _world.Request(reference).Open(form), ErrorKind.Invalid, field);

        await SelfServiceWorld.Refused(() => _world.Case(reference).GetSnapshot(), ErrorKind.NotFound);
        Assert.Null((await _world.Stored(reference)).CaseId);
    }

    [Fact]
    public async Task Sizes_are_bounded_on_every_field_and_on_comments()
    {
        var (product, _) = await _world.Product();
        var good = SelfServiceWorld.Form(product);
        var tooLong = new (string Field, ServiceRequestForm Form)[]
        {
            ("name", good with { Name = new string('n', ServiceRequestForm.MaxName + 1) }),
            ("email", good with { Email = new string('e', 250) + "@example.com" }),
            ("subject", good with { Subject = new string('s', ServiceRequestForm.MaxSubject + 1) }),
            ("description", good with { Description = new string('d', ServiceRequestForm.MaxDescription + 1) }),
            ("product", good with { Product = new string('p', 200) }),
        };
        foreach (var (field, form) in tooLong)
            await SelfServiceWorld.Refused(() => _world.Request(SelfServiceReferences.New()).Open(form), ErrorKind.Invalid, field);

        var receipt = await _world.Open(product);
        await SelfServiceWorld.Refused(() => _world.Request(receipt.Reference).Comment(receipt.Token, new string('c', SelfServiceRequestGrain.MaxComment + 1)), ErrorKind.Invalid, "text");
        await SelfServiceWorld.Refused(() => _world.Request(receipt.Reference).Comment(receipt.Token, "  "), ErrorKind.Invalid, "text");
        Assert.Single((await _world.Case(receipt.Reference).GetSnapshot()).Timeline);
    }

    [Fact]
    public async Task A_reference_in_use_is_a_conflict_and_a_malformed_one_is_refused()
    {
        var (product, _) = await _world.Product();
        var receipt = await _world.Open(product);

        await SelfServiceWorld.Refused(() => _world.Request(receipt.Reference).Open(SelfServiceWorld.Form(product)), ErrorKind.Conflict);
        await SelfServiceWorld.Refused(() => _world.Request("case-1").Open(SelfServiceWorld.Form(product)), ErrorKind.Invalid, "reference");
        Assert.Equal(CaseStatus.New, (await _world.Request(receipt.Reference).View(receipt.Token)).Status);
    }

    [Fact]
    public async Task The_catalog_refuses_a_product_whose_queue_does_not_exist_naming_it()
    {
        var catalog = _world.Grains.GetGrain<ISelfServiceCatalogGrain>(SelfServiceReferences.CatalogKey);
        var (product, queue) = await _world.Product();

        await SelfServiceWorld.Refused(() => catalog.PutProducts([new(product, "Routers", queue), new("tv", "TV", CenterBuilder.Key("missing"))]),
            ErrorKind.Invalid, "products[1].queueId");
        await SelfServiceWorld.Refused(() => catalog.PutProducts([new(product, "Routers", queue), new(product.ToUpperInvariant(), "Again", queue)]),
            ErrorKind.Invalid, "products[1].productId");

        Assert.Equal([product], (await catalog.GetProducts()).Select(p => p.ProductId));
    }
}
