namespace ContactCenter.Contracts.Validation;

/// <summary>
/// Skill names follow the id grammar with at most 64 characters ("billing", "spanish", "tech-support").
/// They are compared without regard to case, so "Billing" and "billing" are the same skill.
/// </summary>
public static class SkillNames
{
    public const int MaxLength = 64;

    public const string Grammar = "1 to 64 ASCII letters, digits and '-', '_', '.', ':', '@', starting with a letter or digit";

    public static bool IsValid(string? skill) => Ids.IsValid(skill, MaxLength);

    public static void Require(string? skill, string field)
    {
        if (string.IsNullOrEmpty(skill)) throw ContactCenterException.Invalid(field, "skill name is required.");
        if (!IsValid(skill)) throw ContactCenterException.Invalid(field, $"{field} must be {Grammar}.");
    }

    /// <summary>Checks every name in a list and refuses a repeat, naming the index of the second one.</summary>
    public static void RequireDistinct(IEnumerable<string> skills, string listField, string nameField = "skill")
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        foreach (var skill in skills)
        {
            var field = $"{listField}[{i}].{nameField}";
            Require(skill, field);
            if (!seen.Add(skill)) throw ContactCenterException.Invalid(field, $"{field}: skill '{skill}' appears twice in {listField}.");
            i++;
        }
    }
}
