using ContactCenter.Tests.Cases;

namespace ContactCenter.Tests.Knowledge;

/// <summary>An article attached to a case: one use, and one resolution each time a case it helped is resolved, never twice for one case.</summary>
[Collection(KnowledgeClusterCollection.Name)]
public sealed class CaseArticleTests(KnowledgeClusterFixture fixture)
{
    private readonly KnowledgeWorld _world = new(fixture);
    private readonly CaseWorld _cases = new(fixture);

    [Fact]
    public async Task Attaching_counts_a_use_and_resolving_the_case_counts_one_resolution_even_after_a_reopen()
    {
        var word = KnowledgeWorld.Word();
        var article = await _world.Published(KnowledgeWorld.Draft($"{word} fix", "Do this."));
        var (queue, _, customer, _) = await _cases.Setup();
        var opened = await _cases.Open(customer, queue);

        await _cases.Case(opened.CaseId).AttachArticle(article);
        await _cases.Case(opened.CaseId).AttachArticle(article);
        await _cases.Case(opened.CaseId).ChangeStatus(CaseStatus.Resolved);
        await _cases.Case(opened.CaseId).ChangeStatus(CaseStatus.Reopened);
        await _cases.Case(opened.CaseId).ChangeStatus(CaseStatus.Resolved);

        var counted = await Eventually.Until(() => _world.Article(article).Get(), a => a.Resolutions == 1, "the resolution credited");
        Assert.Equal((1, 1), (counted.Uses, counted.Resolutions));
        var hit = await Eventually.Until(() => _world.Index.Search(new KnowledgeQuery(word)), h => h.Count == 1 && h[0].Resolutions == 1, "the index to hear");
        Assert.Equal(1 + Math.Log(2), hit[0].Score / hit[0].Relevance, 9);
    }

    [Fact]
    public async Task A_draft_cannot_be_attached_and_the_case_is_unchanged()
    {
        var draft = KnowledgeWorld.Key();
        await _world.Article(draft).Create(KnowledgeWorld.Draft("Not yet", "Draft."));
        var (queue, _, customer, _) = await _cases.Setup();
        var opened = await _cases.Open(customer, queue);
        await Assert.ThrowsAsync<ContactCenterException>(() => _cases.Case(opened.CaseId).AttachArticle(draft));
        Assert.DoesNotContain((await _cases.Snapshot(opened.CaseId)).Timeline, e => e.Kind == CaseEventKind.ArticleAttached);
    }
}
