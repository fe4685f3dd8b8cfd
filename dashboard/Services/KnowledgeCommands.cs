using System.Security.Cryptography;
using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Services;

/// <summary>
/// Changes to knowledge articles, one grain operation each, validated and authorised by the article grain. The caller
/// sets the actor and roles (the API for every request; pages through <see cref="As"/>).
/// </summary>
public sealed class KnowledgeCommands(IGrainFactory grains)
{
    private const string Base32 = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>"kb-" and ten lowercase base32 characters (50 random bits).</summary>
    public static string NewArticleId()
    {
        Span<byte> bytes = stackalloc byte[10];
        RandomNumberGenerator.Fill(bytes);
        var chars = new char[10];
        for (var i = 0; i < chars.Length; i++) chars[i] = Base32[bytes[i] & 31];
        return $"kb-{new string(chars)}";
    }

    /// <summary>Runs a command as the given user with their roles, set here, in the method that then awaits the grain.</summary>
    public async Task<T> As<T>(string? actor, IEnumerable<string> roles, Func<KnowledgeCommands, Task<T>> command)
    {
        Actor.Set(actor);
        Actor.SetRoles(roles);
        return await command(this);
    }

    public Task<KnowledgeArticle> Create(string articleId, ArticleDraft draft) => Article(articleId).Create(draft);
    public Task<KnowledgeArticle> Edit(string articleId, ArticleDraft draft) => Article(articleId).Edit(draft);
    public Task<KnowledgeArticle> Approve(string articleId, string? note = null) => Article(articleId).Approve(note);
    public Task<KnowledgeArticle> Publish(string articleId, string? note = null) => Article(articleId).Publish(note);
    public Task<KnowledgeArticle> Retire(string articleId, string? note = null) => Article(articleId).Retire(note);

    /// <summary>Attaches the article to the case (the case grain records the use and credits the article when resolved).</summary>
    public Task<CaseSnapshot> AttachToCase(string caseId, string articleId) => grains.GetGrain<ICaseGrain>(caseId).AttachArticle(articleId);

    public Task<KnowledgeArticle> RecordUse(string articleId, KnowledgeUse use) => Article(articleId).RecordUse(use);

    private IKnowledgeArticleGrain Article(string articleId) => grains.GetGrain<IKnowledgeArticleGrain>(articleId);
}
