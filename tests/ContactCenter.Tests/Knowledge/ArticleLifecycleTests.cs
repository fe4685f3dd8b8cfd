namespace ContactCenter.Tests.Knowledge;

/// <summary>Draft → Approved → Published → Retired, who may move each step, who moved it and when, and refusals that change nothing.</summary>
[Collection(KnowledgeClusterCollection.Name)]
public sealed class ArticleLifecycleTests(KnowledgeClusterFixture fixture)
{
    private readonly KnowledgeWorld _world = new(fixture);
    private static readonly string[] Supervisor = ["Supervisor"];
    private static readonly string[] Agent = ["Agent"];

    [Fact]
    public async Task Each_step_records_who_moved_it_and_when()
    {
        var id = KnowledgeWorld.Key();
        var start = _world.Now;
        await KnowledgeWorld.As("agent-ann", Agent, () => _world.Article(id).Create(KnowledgeWorld.Draft("Reset a router", "Hold **reset** for 10 s.")));
        _world.Advance(TimeSpan.FromMinutes(5));
        await KnowledgeWorld.As("sup-sara", Supervisor, () => _world.Article(id).Approve("reads well"));
        _world.Advance(TimeSpan.FromMinutes(5));
        var published = await KnowledgeWorld.As("sup-sara", Supervisor, () => _world.Article(id).Publish());

        Assert.Equal((ArticleStatus.Published, 1, 1), (published.Status, published.Version, published.LiveVersion));
        Assert.Equal(
            [(ArticleStatus.Draft, "agent-ann", start), (ArticleStatus.Approved, "sup-sara", start.AddMinutes(5)), (ArticleStatus.Published, "sup-sara", start.AddMinutes(10))],
            published.Steps.Select(s => (s.To, s.By, s.At)));
        Assert.Equal("reads well", published.Steps[1].Note);
    }

    [Fact]
    public async Task An_agent_may_draft_but_not_approve_publish_or_retire_and_the_refusal_changes_nothing()
    {
        var id = KnowledgeWorld.Key();
        await KnowledgeWorld.As("agent-ann", Agent, () => _world.Article(id).Create(KnowledgeWorld.Draft("Billing dates", "Bills go out on the 1st.")));
        await KnowledgeWorld.Refused(() => KnowledgeWorld.As("agent-ann", Agent, () => _world.Article(id).Approve()), ErrorKind.Forbidden);
        await _world.Article(id).Approve();
        await KnowledgeWorld.Refused(() => KnowledgeWorld.As("agent-ann", Agent, () => _world.Article(id).Publish()), ErrorKind.Forbidden);
        await KnowledgeWorld.Refused(() => KnowledgeWorld.As("analyst", ["Analyst"], () => _world.Article(id).Retire()), ErrorKind.Forbidden);

        var article = await _world.Article(id).Get();
        Assert.Equal((ArticleStatus.Approved, 2), (article.Status, article.Steps.Count));
        var admin = await KnowledgeWorld.As("admin", ["Admin"], () => _world.Article(id).Publish());
        Assert.Equal(ArticleStatus.Published, admin.Status);
    }

    [Fact]
    public async Task Moves_out_of_order_are_conflicts_naming_both_states()
    {
        var id = KnowledgeWorld.Key();
        await _world.Article(id).Create(KnowledgeWorld.Draft("Port a number", "Ask the old carrier for a PAC."));
        var error = await KnowledgeWorld.Refused(() => _world.Article(id).Publish(), ErrorKind.Conflict);
        Assert.Contains("Draft", error.Message);
        Assert.Contains("Published", error.Message);
        await _world.Article(id).Retire();
        await KnowledgeWorld.Refused(() => _world.Article(id).Approve(), ErrorKind.Conflict);
        Assert.Equal(ArticleStatus.Retired, (await _world.Article(id).Get()).Status);
    }

    [Fact]
    public async Task Editing_a_published_article_starts_a_new_draft_version_and_the_published_text_stays_in_search_until_the_next_publish()
    {
        var word = KnowledgeWorld.Word();
        var id = await _world.Published(KnowledgeWorld.Draft($"Old {word} steps", "The old way."));
        var edited = await _world.Article(id).Edit(KnowledgeWorld.Draft($"New {word} steps", "The new way."));
        Assert.Equal((ArticleStatus.Draft, 2, 1), (edited.Status, edited.Version, edited.LiveVersion));

        var hit = Assert.Single(await Eventually.Until(() => _world.Index.Search(new KnowledgeQuery(word)), h => h.Count == 1, "the live version"));
        Assert.Equal($"Old {word} steps", hit.Title);

        await _world.Article(id).Approve();
        await _world.Article(id).Publish();
        await Eventually.Until(() => _world.Index.Search(new KnowledgeQuery(word)), h => h.Count == 1 && h[0].Title == $"New {word} steps", "version 2 in search");
    }

    [Fact]
    public async Task Creating_the_same_draft_again_answers_it_and_a_different_one_is_a_conflict()
    {
        var id = KnowledgeWorld.Key();
        var draft = KnowledgeWorld.Draft("Roaming", "Turn roaming on in the app.", ["Mobile"], ["roaming"]);
        var first = await _world.Article(id).Create(draft);
        var again = await _world.Article(id).Create(draft with { Products = ["Mobile"], Tags = ["roaming"] });
        Assert.Equal((first.CreatedAt, 1), (again.CreatedAt, again.Steps.Count));
        await KnowledgeWorld.Refused(() => _world.Article(id).Create(draft with { Title = "Roaming abroad" }), ErrorKind.Conflict);
        await KnowledgeWorld.Refused(() => _world.Article(KnowledgeWorld.Key()).Get(), ErrorKind.NotFound);
    }

    [Fact]
    public async Task Uses_need_a_published_version_and_resolutions_count_once_per_case()
    {
        var id = KnowledgeWorld.Key();
        await _world.Article(id).Create(KnowledgeWorld.Draft("Data caps", "Caps reset monthly."));
        await KnowledgeWorld.Refused(() => _world.Article(id).RecordUse(new KnowledgeUse(KnowledgeUseKind.SentInChat, "ix-1", null)), ErrorKind.Conflict);
        await _world.Article(id).Approve();
        await _world.Article(id).Publish();
        var used = await _world.Article(id).RecordUse(new KnowledgeUse(KnowledgeUseKind.SentInChat, "ix-1", null));
        await _world.Article(id).RecordResolution("case-1");
        await _world.Article(id).RecordResolution("case-1");
        await _world.Article(id).RecordResolution("case-2");
        var article = await _world.Article(id).Get();
        Assert.Equal((1, 1, 2), (used.Uses, article.Uses, article.Resolutions));
        await _world.Article(id).Retire();
        await KnowledgeWorld.Refused(() => _world.Article(id).RecordUse(new KnowledgeUse(KnowledgeUseKind.SentInEmail, null, null)), ErrorKind.Conflict);
    }

    [Theory]
    [InlineData("", "body text", "title")]
    [InlineData("Title", "  ", "body")]
    [InlineData("Bad\u0001title", "body text", "title")]
    public async Task A_draft_with_a_bad_title_or_body_is_refused_naming_the_field_and_never_exists(string title, string body, string field)
    {
        var id = KnowledgeWorld.Key();
        await KnowledgeWorld.Refused(() => _world.Article(id).Create(KnowledgeWorld.Draft(title, body)), ErrorKind.Invalid, field);
        await KnowledgeWorld.Refused(() => _world.Article(id).Get(), ErrorKind.NotFound);
    }

    [Fact]
    public void Labels_visibility_and_queries_name_the_bad_field()
    {
        static string? Field(Action check) => Assert.Throws<ContactCenterException>(check).Field;
        var good = KnowledgeWorld.Draft("T", "B", ["Fiber"], ["wifi"]);
        Assert.Equal("products[1]", Field(() => (good with { Products = ["Fiber", " "] }).Validate()));
        Assert.Equal("tags[1]", Field(() => (good with { Tags = ["wifi", "WIFI"] }).Validate()));
        Assert.Equal("tags[0]", Field(() => (good with { Tags = [new string('x', 65)] }).Validate()));
        Assert.Equal("tags", Field(() => (good with { Tags = Enumerable.Range(0, 21).Select(i => $"t{i}").ToArray() }).Validate()));
        Assert.Equal("visibility", Field(() => (good with { Visibility = (ArticleVisibility)7 }).Validate()));
        Assert.Equal("text", Field(() => new KnowledgeQuery(new string('a', 501)).Validate()));
        Assert.Equal("product", Field(() => new KnowledgeQuery("x", Product: "").Validate()));
        Assert.Equal("take", Field(() => new KnowledgeQuery("x", Take: 0).Validate()));
        Assert.Equal("take", Field(() => new KnowledgeQuery("x", Take: 51).Validate()));
        Assert.Equal("tags[0]", Field(() => new KnowledgeQuery("x", Tags: [""]).Validate()));
    }
}
