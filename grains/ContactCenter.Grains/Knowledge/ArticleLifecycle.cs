namespace ContactCenter.Grains.Knowledge;

/// <summary>
/// The allowed moves: Draft → Approved → Published, any non-retired status → Retired, and an edit of any status
/// → Draft (an Approved, Published or Retired article starts a new version). Approve, Publish and Retire take an
/// Admin or a Supervisor. Repeating the step an article is already in changes nothing.
/// </summary>
public static class ArticleLifecycle
{
    public static readonly string[] Publishers = ["Admin", "Supervisor"];

    public static bool Allows(ArticleStatus from, ArticleStatus to) => (from, to) switch
    {
        (ArticleStatus.Draft, ArticleStatus.Approved) => true,
        (ArticleStatus.Approved, ArticleStatus.Published) => true,
        (not ArticleStatus.Retired, ArticleStatus.Retired) => true,
        _ => false,
    };

    /// <summary>409 naming both states, with what to do instead.</summary>
    public static void Require(ArticleStatus from, ArticleStatus to)
    {
        if (Allows(from, to)) return;
        var hint = (from, to) switch
        {
            (ArticleStatus.Draft, ArticleStatus.Published) => " Approve it first.",
            (ArticleStatus.Retired, _) => " Edit it to start a new draft.",
            (ArticleStatus.Published, ArticleStatus.Approved) => " Edit it to start a new version.",
            _ => "",
        };
        throw ContactCenterException.Conflict($"An article cannot move from {from} to {to}.{hint}");
    }

    public static void RequirePublisher(ArticleStatus to)
    {
        if (!Actor.IsInAnyRole(Publishers))
            throw ContactCenterException.Forbidden($"Only an Admin or a Supervisor may move an article to {to}; '{Actor.Current}' may not.");
    }

    /// <summary>An edit of a Draft keeps its version; any other status starts the next one.</summary>
    public static int VersionAfterEdit(ArticleStatus from, int version) => from == ArticleStatus.Draft ? version : version + 1;
}
