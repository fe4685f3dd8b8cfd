using Orleans.Runtime;

namespace ContactCenter.Tests.Knowledge;

/// <summary>A cluster of its own: the knowledge index is one grain ("center"), and one test deactivates it.</summary>
public sealed class KnowledgeClusterFixture : ClusterFixture;

[CollectionDefinition(Name)]
public sealed class KnowledgeClusterCollection : ICollectionFixture<KnowledgeClusterFixture>
{
    public const string Name = "knowledge-cluster";
}

/// <summary>Articles with fresh ids, words and products, so tests sharing the one index never find each other's.</summary>
public sealed class KnowledgeWorld(ClusterFixture fixture)
{
    public IGrainFactory Grains => fixture.Grains;
    public IKnowledgeIndexGrain Index => Grains.GetGrain<IKnowledgeIndexGrain>("center");
    public IKnowledgeArticleGrain Article(string id) => Grains.GetGrain<IKnowledgeArticleGrain>(id);
    public DateTimeOffset Now => fixture.Time.GetUtcNow();
    public void Advance(TimeSpan by) => fixture.Time.Advance(by);

    /// <summary>A made-up word of letters only, which no other test's article contains.</summary>
    public static string Word() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(10)) + "x";

    public static ArticleDraft Draft(string title, string body, string[]? products = null, string[]? tags = null, ArticleVisibility visibility = ArticleVisibility.Internal) =>
        new(title, body, products ?? [], tags ?? [], visibility);

    /// <summary>Runs the call as a user with the given roles (an empty list: no role at all), then clears the actor.</summary>
    public static async Task<T> As<T>(string user, string[] roles, Func<Task<T>> call)
    {
        Actor.Set(user);
        Actor.SetRoles(roles);
        try { return await call(); }
        finally
        {
            Actor.Set(null);
            Actor.SetRoles(null);
        }
    }

    /// <summary>Creates, approves and publishes as the system, and waits until search finds it by its id.</summary>
    public async Task<string> Published(ArticleDraft draft, string? id = null)
    {
        id ??= Key();
        await Article(id).Create(draft);
        await Article(id).Approve();
        await Article(id).Publish();
        await Eventually.Until(() => Index.List(new ArticleListQuery(ArticleStatus.Published, id)), p => p.Total == 1, $"{id} in the index");
        return id;
    }

    public static string Key() => CenterBuilder.Key("kb");

    public static async Task<ContactCenterException> Refused(Func<Task> call, ErrorKind kind, string? field = null)
    {
        var error = await Assert.ThrowsAsync<ContactCenterException>(call);
        Assert.Equal(kind, error.Kind);
        if (field is not null) Assert.Equal(field, error.Field);
        return error;
    }
}
