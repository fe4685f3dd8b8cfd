using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Cases;

/// <summary>What the customer and the agent write to each other on a case, and the knowledge articles attached to it.</summary>
public sealed partial class CaseGrain
{
    /// <summary>The timeline's author for what the customer wrote.</summary>
    public const string CustomerAuthor = "customer";

    public async Task<CaseSnapshot> AddCustomerMessage(CustomerMessage message)
    {
        RequireExists();
        if (message is null) throw ContactCenterException.Invalid("body", "A message is required.");
        message.Validate();
        if (message.Reference is { } reference && S.Timeline.Any(e => e.Kind == message.Kind && e.Reference == reference)) return Snapshot();
        var now = time.GetUtcNow();
        RecordBreaches(now);
        var heading = message.Subject is { Length: > 0 } subject ? $"{subject.Trim()}\n\n" : "";
        Record(message.Kind, heading + message.Text.Trim(), message.Reference, by: CustomerAuthor);
        var reopenTo = S.Status switch
        {
            CaseStatus.PendingCustomer => CaseStatus.InProgress,
            CaseStatus.Resolved or CaseStatus.Closed => CaseStatus.Reopened,
            _ => (CaseStatus?)null,
        };
        if (reopenTo is { } to)
        {
            var from = S.Status;
            MoveTo(to, now);
            Record(CaseEventKind.StatusChanged, $"{from} → {to}: the customer wrote", by: CustomerAuthor);
        }
        await Save();
        return Snapshot();
    }

    public async Task<CaseSnapshot> AddReply(CaseReply reply)
    {
        RequireExists();
        if (reply is null) throw ContactCenterException.Invalid("body", "A reply is required.");
        reply.Validate();
        if (S.Timeline.Any(e => e.Kind == CaseEventKind.EmailSent && e.Reference == reply.Reference)) return Snapshot();
        if (!S.Status.IsOpen()) throw ContactCenterException.Conflict($"A {S.Status} case takes no reply; reopen it first.");
        var now = time.GetUtcNow();
        RecordBreaches(now);
        Record(CaseEventKind.EmailSent, $"To {reply.To}: {reply.Subject.Trim()}\n\n{reply.Text.Trim()}", reply.Reference);
        if (!S.Status.IsStarted())
        {
            var from = S.Status;
            MoveTo(CaseStatus.InProgress, now);
            Record(CaseEventKind.StatusChanged, $"{from} → {CaseStatus.InProgress}: replied to the customer");
        }
        Acted(now);
        await Save();
        return Snapshot();
    }

    public async Task<CaseSnapshot> AttachArticle(string articleId)
    {
        RequireExists();
        Ids.Require(articleId, "articleId");
        if (S.Articles.Contains(articleId)) return Snapshot();
        if (!S.Status.IsOpen()) throw ContactCenterException.Conflict($"An article cannot be attached to a {S.Status} case; reopen it first.");
        var article = await Existing(Article(articleId).RecordUse(new KnowledgeUse(KnowledgeUseKind.AttachedToCase, null, CaseId)), "articleId");
        S.Articles.Add(articleId);
        Record(CaseEventKind.ArticleAttached, $"Article attached: {article.Title}", articleId);
        await Save();
        return Snapshot();
    }

    /// <summary>After a save that resolved the case: each attached article not yet credited hears of it once.</summary>
    private void CreditArticles()
    {
        if (S.Status != CaseStatus.Resolved) return;
        foreach (var articleId in S.Articles.Except(S.ArticlesCredited).ToArray())
        {
            FireAndForget.Run(Article(articleId).RecordResolution(CaseId), logger, "credit an article with a resolution");
            S.ArticlesCredited.Add(articleId);
        }
    }

    private IKnowledgeArticleGrain Article(string articleId) => GrainFactory.GetGrain<IKnowledgeArticleGrain>(articleId);
}
