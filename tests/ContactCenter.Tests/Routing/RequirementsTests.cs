using ContactCenter.Grains.Routing;

namespace ContactCenter.Tests.Routing;

public sealed class RequirementsTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;

    private static QueueEntry Entry(params SkillRequirement[] extra) =>
        new("i", "q", Channel.Voice, null, 0, ValueTier.Standard, 0, 0, extra, Now, Now, false, 0);

    private static QueueConfig Config(params WideningStep[] steps) =>
        CenterBuilder.QueueConfigFor("q", new SkillRequirement("billing", 6)) with { Widening = steps };

    [Fact]
    public void Proficiency_is_the_average_over_required_skills_when_all_are_met()
    {
        var r = Requirements.For(Config(), Entry(new SkillRequirement("spanish", 5)), 0);
        Assert.Equal(7.5, r.ProficiencyOf([new("billing", 8), new("spanish", 7)]));
        Assert.Null(r.ProficiencyOf([new("billing", 8)]));
        Assert.Null(r.ProficiencyOf([new("billing", 5), new("spanish", 9)]));
    }

    [Fact]
    public void Widening_lowers_minimums_but_never_below_one_and_adds_backups_after_their_time()
    {
        var config = Config(new WideningStep(30, LowerProficiencyBy: 3), new WideningStep(60, LowerProficiencyBy: 9, BackupSkill: new("general", 4)));
        Assert.Null(Requirements.For(config, Entry(), 29).ProficiencyOf([new("billing", 3)]));
        Assert.Equal(3, Requirements.For(config, Entry(), 30).ProficiencyOf([new("billing", 3)]));
        var late = Requirements.For(config, Entry(), 61);
        Assert.Equal(SkillLevel.Min, late.Required.Single().MinProficiency);
        Assert.Equal(4, late.ProficiencyOf([new("general", 4)]));
        Assert.Null(Requirements.For(config, Entry(), 59).ProficiencyOf([new("general", 9)]));
    }
}
