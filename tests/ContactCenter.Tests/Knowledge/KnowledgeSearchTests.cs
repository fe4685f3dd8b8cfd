using Orleans.Core.Internal;

namespace ContactCenter.Tests.Knowledge;

/// <summary>Search: Lucene relevance re-ranked by resolutions; only published text; public-only; misses counted; rebuilt after deactivation.</summary>
[Collection(KnowledgeClusterCollection.Name)]
public sealed class KnowledgeSearchTests(KnowledgeClusterFixture fixture)
{
    private readonly KnowledgeWorld _world = new(fixture);

    private Task<IReadOnlyList<KnowledgeHit>> Search(string? text, string? product = null, bool publicOnly = false, int take = 5) =>
        _world.Index.Search(new KnowledgeQuery(text, product, null, publicOnly, take));

    [Fact]
    public async Task Resolutions_lift_an_article_above_an_equally_relevant_one()
    {
        var word = KnowledgeWorld.Word();
        var draft = KnowledgeWorld.Draft($"Fix {word} errors", $"When {word} fails, restart it.");
        var plain = await _world.Published(draft, "kb-a-" + Guid.NewGuid().ToString("N"));
        var proven = await _world.Published(draft, "kb-z-" + Guid.NewGuid().ToString("N"));
        var before = await Search(word);
        Assert.Equal([plain, proven], before.Select(h => h.ArticleId));
        Assert.Equal(before[0].Relevance, before[1].Relevance, 6);

        await _world.Article(proven).RecordResolution(KnowledgeWorld.Key());
        await _world.Article(proven).RecordResolution(KnowledgeWorld.Key());
        var after = await Eventually.Until(() => Search(word), h => h[0].ArticleId == proven, "the resolving article first");
        Assert.Equal((2, 1 + Math.Log(3)), (after[0].Resolutions, after[0].Score / after[0].Relevance), new ScoreComparer());
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_body_match()
    {
        var word = KnowledgeWorld.Word();
        var inBody = await _world.Published(KnowledgeWorld.Draft("Network settings", $"The {word} option is under advanced settings."));
        var inTitle = await _world.Published(KnowledgeWorld.Draft($"The {word} option", "Open the advanced settings page."));
        Assert.Equal([inTitle, inBody], (await Search(word)).Select(h => h.ArticleId));
    }

    [Fact]
    public async Task Drafts_approved_and_retired_articles_never_appear()
    {
        var word = KnowledgeWorld.Word();
        var draft = KnowledgeWorld.Draft($"{word} guide", "Steps.");
        await _world.Article(KnowledgeWorld.Key()).Create(draft);
        var approved = KnowledgeWorld.Key();
        await _world.Article(approved).Create(draft);
        await _world.Article(approved).Approve();
        var retired = await _world.Published(draft);
        var live = await _world.Published(draft);
        await _world.Article(retired).Retire();

        var hits = await Eventually.Until(() => Search(word, take: 50), h => h.Count == 1, "only the live article");
        Assert.Equal(live, Assert.Single(hits).ArticleId);
    }

    [Fact]
    public async Task Public_only_hides_internal_articles_and_a_product_narrows_the_hits()
    {
        var word = KnowledgeWorld.Word();
        var product = KnowledgeWorld.Word();
        var internalOne = await _world.Published(KnowledgeWorld.Draft($"{word} internal", "Staff only.", [product]));
        var publicOne = await _world.Published(KnowledgeWorld.Draft($"{word} public", "Anyone.", [product], visibility: ArticleVisibility.Public));
        var otherProduct = await _world.Published(KnowledgeWorld.Draft($"{word} elsewhere", "Other.", ["Other"], visibility: ArticleVisibility.Public));

        Assert.Equal(new[] { publicOne, otherProduct }.Order(), (await Search(word, publicOnly: true)).Select(h => h.ArticleId).Order());
        Assert.Equal(new[] { internalOne, publicOne }.Order(), (await Search(word, product: product)).Select(h => h.ArticleId).Order());
        Assert.Equal([publicOne], (await Search("", product: product, publicOnly: true)).Select(h => h.ArticleId));
    }

    [Fact]
    public async Task An_empty_text_with_a_product_lists_its_articles_that_resolve_most()
    {
        var product = KnowledgeWorld.Word();
        var quiet = await _world.Published(KnowledgeWorld.Draft("Quiet article", "Rarely useful.", [product]));
        var useful = await _world.Published(KnowledgeWorld.Draft("Useful article", "Often useful.", [product]));
        await _world.Article(useful).RecordResolution(KnowledgeWorld.Key());
        var hits = await Eventually.Until(() => Search(null, product: product), h => h.Count == 2 && h[0].Resolutions == 1, "the product's articles");
        Assert.Equal([useful, quiet], hits.Select(h => h.ArticleId));
    }

    [Theory]
    [InlineData("C++ (error")]
    [InlineData("title:\"unclosed AND OR NOT")]
    [InlineData("* ? ~ ^ \\ / [ ] { } ! &&")]
    [InlineData("the and of")]
    public async Task Query_syntax_in_user_text_never_throws_and_a_miss_is_counted(string text)
    {
        var marker = KnowledgeWorld.Word();
        var hits = await Search($"{text} {marker}");
        Assert.Empty(hits);
        var insights = await _world.Index.GetInsights(50);
        var miss = Assert.Single(insights.ZeroResultSearches, s => s.Text.Contains(marker, StringComparison.Ordinal));
        Assert.Equal((1, _world.Now), (miss.Count, miss.LastSeen));
    }

    [Fact]
    public async Task The_same_miss_in_other_case_and_spacing_counts_twice_as_one_search_text()
    {
        var word = KnowledgeWorld.Word();
        await Search($"Cannot  {word.ToUpperInvariant()}");
        await Search($"  cannot {word} ");
        var miss = Assert.Single((await _world.Index.GetInsights(50)).ZeroResultSearches, s => s.Text == $"cannot {word}");
        Assert.Equal(2, miss.Count);
    }

    [Fact]
    public async Task A_console_suggestion_that_finds_nothing_is_not_counted_as_a_search()
    {
        var before = await _world.Index.GetInsights(50);
        var word = KnowledgeWorld.Word();
        Assert.Empty(await _world.Index.Search(new KnowledgeQuery(word, Suggestion: true)));
        var after = await _world.Index.GetInsights(50);
        Assert.DoesNotContain(after.ZeroResultSearches, s => s.Text.Contains(word, StringComparison.Ordinal));
        Assert.Equal((before.Searches, before.ZeroResults), (after.Searches, after.ZeroResults)); // tests in one collection run one at a time
    }

    [Fact]
    public async Task The_snippet_is_plain_text_around_the_first_match()
    {
        var word = KnowledgeWorld.Word();
        var filler = string.Join(' ', Enumerable.Repeat("Lorem ipsum dolor sit amet.", 20));
        var id = await _world.Published(KnowledgeWorld.Draft("Long read", $"# Heading\n\n{filler}\n\nThen press **{word}** twice. {filler}"));
        var hit = Assert.Single(await Search(word));
        Assert.Equal(id, hit.ArticleId);
        Assert.Contains($"press {word} twice", hit.Snippet);
        Assert.DoesNotContain("**", hit.Snippet);
        Assert.DoesNotContain("#", hit.Snippet);
        Assert.StartsWith("…", hit.Snippet);
        Assert.True(hit.Snippet.Length <= 200, hit.Snippet);
    }

    [Fact]
    public async Task The_index_rebuilds_from_the_articles_after_it_is_deactivated()
    {
        var word = KnowledgeWorld.Word();
        var id = await _world.Published(KnowledgeWorld.Draft($"{word} survives", "Rebuilt from the article."));
        var draftOnly = KnowledgeWorld.Key();
        await _world.Article(draftOnly).Create(KnowledgeWorld.Draft($"{word} draft", "Never in search."));
        await Eventually.Until(() => _world.Index.List(new ArticleListQuery(null, draftOnly)), p => p.Total == 1, "the draft listed");

        await _world.Index.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var hits = await Eventually.Until(() => Search(word), h => h.Count == 1, "the rebuilt index");
        Assert.Equal(id, hits[0].ArticleId);
        var listed = await _world.Index.List(new ArticleListQuery(ArticleStatus.Draft, draftOnly));
        Assert.Equal(draftOnly, Assert.Single(listed.Items).ArticleId);
    }

    private sealed class ScoreComparer : IEqualityComparer<(int, double)>
    {
        public bool Equals((int, double) x, (int, double) y) => x.Item1 == y.Item1 && Math.Abs(x.Item2 - y.Item2) < 1e-9;
        public int GetHashCode((int, double) obj) => obj.Item1;
    }
}
