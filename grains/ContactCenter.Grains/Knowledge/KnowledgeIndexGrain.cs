using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains.Knowledge;

/// <summary>
/// The center's knowledge index (key "center"). Articles tell it of every change one-way; it keeps their latest
/// entries in memory with a Lucene index of the published text, and durably only the article ids and search counts,
/// so on activation (after a silo's death, say) it asks each article to describe itself and rebuilds.
/// </summary>
public sealed partial class KnowledgeIndexGrain(
    [PersistentState("knowledge-index", GrainStorage.Name)] IPersistentState<KnowledgeIndexState> state,
    TimeProvider time,
    ILogger<KnowledgeIndexGrain> logger) : Grain, IKnowledgeIndexGrain
{
    public const string Key = "center";
    private const int RebuildBatch = 200;
    /// <summary>New article ids are stored at most this late; an article also re-announces itself when it activates.</summary>
    private static readonly TimeSpan SaveIdsEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SaveCountsEvery = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, KnowledgeIndexEntry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _plainBodies = new(StringComparer.Ordinal);
    private readonly LuceneArticleIndex _lucene = new();
    private bool _countsChanged;
    private bool _idsChanged;
    private DateTimeOffset _countsSavedAt;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var ids = state.State.ArticleIds.ToArray();
        foreach (var batch in ids.Chunk(RebuildBatch))
        {
            var entries = await Task.WhenAll(batch.Select(id => GrainFactory.GetGrain<IKnowledgeArticleGrain>(id).Describe()));
            foreach (var entry in entries.OfType<KnowledgeIndexEntry>()) Apply(entry);
        }
        if (ids.Length > 0) logger.LogInformation("Knowledge index rebuilt from {Articles} articles, {Live} in search", ids.Length, _plainBodies.Count);
        _countsSavedAt = time.GetUtcNow();
        this.RegisterGrainTimer(ct => Persist(force: false, ct), new GrainTimerCreationOptions(SaveIdsEvery, SaveIdsEvery));
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await Persist(force: true, cancellationToken);
        _lucene.Dispose();
    }

    /// <summary>
    /// Cheap on purpose: a bulk import sends thousands of these, and writing the id list on each would cost O(n) per
    /// article. New ids are written by the next timer tick instead.
    /// </summary>
    public Task Update(KnowledgeIndexEntry entry)
    {
        if (entry is null || !Ids.IsValid(entry.ArticleId)) return Task.CompletedTask;
        Apply(entry);
        if (state.State.ArticleIds.Add(entry.ArticleId)) _idsChanged = true;
        return Task.CompletedTask;
    }

    public Task<ArticlePage> List(ArticleListQuery query)
    {
        if (query is null) throw ContactCenterException.Invalid("body", "A list query is required.");
        query.Validate();
        var matching = _entries.Values.Where(e => Matches(e, query.Text)).ToList();
        var byStatus = Enum.GetValues<ArticleStatus>().ToDictionary(s => s, s => matching.Count(e => e.Status == s));
        var chosen = matching.Where(e => query.Status is not { } status || e.Status == status)
            .OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.ArticleId, StringComparer.Ordinal).ToList();
        var page = chosen.Skip(query.Skip).Take(query.Take).Select(Summary).ToList();
        return Task.FromResult(new ArticlePage(page, chosen.Count, byStatus));
    }

    public Task<KnowledgeInsights> GetInsights(int take = 10)
    {
        Bounds.RequireRange(take, "take", 1, KnowledgeQuery.MaxTake);
        var top = _entries.Values.Where(e => e.Resolutions > 0 || e.Uses > 0)
            .OrderByDescending(e => e.Resolutions).ThenByDescending(e => e.Uses).ThenBy(e => e.ArticleId, StringComparer.Ordinal)
            .Take(take).Select(Summary).ToList();
        var s = state.State;
        return Task.FromResult(new KnowledgeInsights(top, ZeroResultLog.Top(s.ZeroResults.Values, take), s.Searches, s.ZeroResultCount));
    }

    private void Apply(KnowledgeIndexEntry entry)
    {
        var before = _entries.GetValueOrDefault(entry.ArticleId);
        if (before is not null && before.Revision >= entry.Revision) return;
        _entries[entry.ArticleId] = entry;
        if (entry.Live is not { } live)
        {
            if (_plainBodies.Remove(entry.ArticleId)) _lucene.Remove(entry.ArticleId);
            return;
        }
        if (before?.LiveVersion == entry.LiveVersion && _plainBodies.ContainsKey(entry.ArticleId)) return;
        var plain = PlainText.FromMarkdown(live.Body);
        _plainBodies[entry.ArticleId] = plain;
        _lucene.Put(entry.ArticleId, live, plain);
    }

    /// <summary>Writes when ids were added, or search counts changed and the last write is 30 s old (or always, when forced).</summary>
    private async Task Persist(bool force, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var countsDue = _countsChanged && (force || now - _countsSavedAt >= SaveCountsEvery);
        if (!_idsChanged && !countsDue) return;
        (_idsChanged, _countsChanged, _countsSavedAt) = (false, false, now);
        await state.WriteStateAsync(cancellationToken);
    }

    private static bool Matches(KnowledgeIndexEntry e, string? text) =>
        string.IsNullOrWhiteSpace(text)
        || e.Title.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
        || e.ArticleId.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
        || e.Tags.Concat(e.Products).Any(l => l.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase));

    private static ArticleSummary Summary(KnowledgeIndexEntry e) =>
        new(e.ArticleId, e.Title, e.Status, e.Version, e.LiveVersion, e.Visibility, e.Products, e.Tags, e.UpdatedAt, e.Uses, e.Resolutions);
}
