using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains.Knowledge;

/// <summary>
/// One knowledge article (see <see cref="ArticleLifecycle"/> for the moves). Validates before changing anything,
/// records who moved each step and when, and after each save tells the index one-way.
/// </summary>
public sealed class KnowledgeArticleGrain(
    [PersistentState("article", GrainStorage.Name)] IPersistentState<ArticleState> state,
    TimeProvider time) : Grain, IKnowledgeArticleGrain
{
    /// <summary>The step history keeps the latest moves; older ones are dropped so an article's state stays small.</summary>
    public const int MaxSteps = 100;

    private string ArticleId => this.GetPrimaryKeyString();
    private ArticleState S => state.State;

    /// <summary>Re-announces itself, so an article the index had not yet stored (it stores ids every few seconds) is never lost.</summary>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Exists) Announce();
        return Task.CompletedTask;
    }

    public async Task<KnowledgeArticle> Create(ArticleDraft draft)
    {
        Ids.Require(ArticleId, "articleId");
        if (draft is null) throw ContactCenterException.Invalid("body", "An article draft is required.");
        draft.Validate();
        if (S.Current is { } known)
            return known.SameAs(draft) && S.Version == 1 ? Snapshot()
                : throw ContactCenterException.Conflict($"Article '{ArticleId}' already exists with different text.");
        var now = time.GetUtcNow();
        S.Current = draft;
        S.Status = ArticleStatus.Draft;
        S.Version = 1;
        S.CreatedAt = now;
        Step(ArticleStatus.Draft, now, "Created");
        return await Save();
    }

    public async Task<KnowledgeArticle> Edit(ArticleDraft draft)
    {
        RequireExists();
        if (draft is null) throw ContactCenterException.Invalid("body", "An article draft is required.");
        draft.Validate();
        if (S.Status == ArticleStatus.Draft && S.Current!.SameAs(draft)) return Snapshot();
        var now = time.GetUtcNow();
        S.Version = ArticleLifecycle.VersionAfterEdit(S.Status, S.Version);
        S.Current = draft;
        S.Status = ArticleStatus.Draft;
        Step(ArticleStatus.Draft, now, $"Edited: version {S.Version}");
        return await Save();
    }

    public Task<KnowledgeArticle> Approve(string? note = null) => Move(ArticleStatus.Approved, note);

    public Task<KnowledgeArticle> Publish(string? note = null) => Move(ArticleStatus.Published, note);

    public Task<KnowledgeArticle> Retire(string? note = null) => Move(ArticleStatus.Retired, note);

    public Task<KnowledgeArticle> Get()
    {
        RequireExists();
        return Task.FromResult(Snapshot());
    }

    public async Task<KnowledgeArticle> RecordUse(KnowledgeUse use)
    {
        RequireExists();
        if (use is null) throw ContactCenterException.Invalid("body", "A use is required.");
        if (!Enum.IsDefined(use.Kind)) throw ContactCenterException.Invalid("kind", "kind must be AttachedToCase, SentInChat or SentInEmail.");
        Ids.RequireOptional(use.InteractionId, "interactionId");
        Ids.RequireOptional(use.CaseId, "caseId");
        if (S.LiveVersion is null) throw ContactCenterException.Conflict($"Article '{ArticleId}' is {S.Status} and not published, so it cannot be used.");
        S.Uses++;
        return await Save();
    }

    public async Task RecordResolution(string caseId)
    {
        RequireExists();
        Ids.Require(caseId, "caseId");
        if (!S.ResolvedCases.Add(caseId)) return;
        S.Resolutions++;
        await Save();
    }

    public Task<KnowledgeIndexEntry?> Describe() => Task.FromResult(S.Exists ? Entry() : null);

    private async Task<KnowledgeArticle> Move(ArticleStatus to, string? note)
    {
        RequireExists();
        Bounds.RequireOptionalText(note, "note", Bounds.MaxNotes, multiLine: true);
        ArticleLifecycle.RequirePublisher(to);
        if (S.Status == to) return Snapshot();
        ArticleLifecycle.Require(S.Status, to);
        var now = time.GetUtcNow();
        S.Status = to;
        if (to == ArticleStatus.Published) (S.Live, S.LiveVersion) = (S.Current, S.Version);
        if (to == ArticleStatus.Retired) (S.Live, S.LiveVersion) = (null, null);
        Step(to, now, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        return await Save();
    }

    private void Step(ArticleStatus to, DateTimeOffset at, string? note)
    {
        S.UpdatedAt = at;
        S.Steps.Add(new ArticleStep(to, Actor.Current, at, note));
        if (S.Steps.Count > MaxSteps) S.Steps.RemoveRange(0, S.Steps.Count - MaxSteps);
    }

    private async Task<KnowledgeArticle> Save()
    {
        S.Revision++;
        await state.WriteStateAsync();
        Announce();
        return Snapshot();
    }

    private void Announce() => _ = GrainFactory.GetGrain<IKnowledgeIndexGrain>(KnowledgeIndexGrain.Key).Update(Entry());

    private void RequireExists()
    {
        if (!S.Exists) throw ContactCenterException.NotFound("Article", ArticleId);
    }

    private KnowledgeIndexEntry Entry() => new(ArticleId, S.Revision, S.Current!.Title, S.Status, S.Version, S.Current.Visibility,
        S.Current.Products, S.Current.Tags, S.UpdatedAt, S.Uses, S.Resolutions, S.Live, S.LiveVersion);

    private KnowledgeArticle Snapshot() => new(ArticleId, S.Current!.Title, S.Current.Body, S.Current.Products, S.Current.Tags,
        S.Current.Visibility, S.Status, S.Version, S.CreatedAt, S.UpdatedAt, S.Steps.ToArray(), S.Uses, S.Resolutions, S.LiveVersion);
}
