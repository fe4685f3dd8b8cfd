namespace ContactCenter.Contracts;

/// <summary>A skill an agent has, with a proficiency from 1 (novice) to 10 (expert).</summary>
[GenerateSerializer, Immutable, Alias("cc.skill-level")]
public sealed record SkillLevel([property: Id(0)] string Skill, [property: Id(1)] int Proficiency)
{
    public const int Min = 1;
    public const int Max = 10;
}

/// <summary>A skill that work requires, and the lowest proficiency that may take it.</summary>
[GenerateSerializer, Immutable, Alias("cc.skill-requirement")]
public sealed record SkillRequirement([property: Id(0)] string Skill, [property: Id(1)] int MinProficiency);
