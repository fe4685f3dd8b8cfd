using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>
/// Products and tags on an article or a search: short printable labels ("Fiber 500", "refund"), at most
/// <see cref="ArticleDraft.MaxLabels"/> of them, compared without case, never blank or repeated.
/// </summary>
public static class ArticleLabels
{
    public static void Require(IReadOnlyList<string>? labels, string field, bool required)
    {
        if (labels is null)
        {
            if (required) throw ContactCenterException.Invalid(field, $"{field} is required (it may be an empty list).");
            return;
        }
        Bounds.RequireCount(labels, field, ArticleDraft.MaxLabels);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < labels.Count; i++)
        {
            var at = $"{field}[{i}]";
            RequireOne(labels[i], at);
            if (!seen.Add(labels[i].Trim())) throw ContactCenterException.Invalid(at, $"{at} repeats '{labels[i]}'.");
        }
    }

    public static void RequireOne(string? label, string field)
    {
        Bounds.RequireText(label, field, ArticleDraft.MaxLabel);
        if (label!.Trim().Length != label.Length) throw ContactCenterException.Invalid(field, $"{field} must not start or end with spaces.");
    }
}
