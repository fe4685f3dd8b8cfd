namespace ContactCenter.Load.Tests.Scenarios;

public sealed class AgentValidationTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("5001")]
    public void Agent_count_outside_1_to_5000_is_named_by_its_path(string count)
    {
        var ex = ScenarioJson.Rejected(("agents[0].count", count));

        Assert.Equal("agents[0].count", ex.Field);
        Assert.Contains("between 1 and 5000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_agent_count_is_named_by_its_path() =>
        Assert.Equal("agents[0].count", ScenarioJson.Rejected(("agents[0].count", null)).Field);

    [Theory]
    [InlineData("11")]
    [InlineData("0")]
    public void Proficiency_outside_1_to_10_is_named_by_its_skill(string level)
    {
        var ex = ScenarioJson.Rejected(("agents[0].skills", $$"""{ "sales": 5, "billing": {{level}} }"""));

        Assert.Equal("agents[0].skills.billing", ex.Field);
        Assert.Contains("between 1 and 10", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Agent_group_without_skills_is_named_by_its_path()
    {
        var ex = ScenarioJson.Rejected(("agents[0].skills", "{}"));

        Assert.Equal("agents[0].skills", ex.Field);
        Assert.Contains("at least one skill", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_handle_time_is_named_by_its_path() =>
        Assert.Equal("agents[0].handleTime", ScenarioJson.Rejected(("agents[0].handleTime", null)).Field);

    [Fact]
    public void Second_group_errors_carry_its_index() =>
        Assert.Equal("agents[1].count", ScenarioJson.Rejected(("agents", """
            [ { "count": 1, "skills": { "sales": 5 }, "handleTime": { "distribution": "fixed", "meanSeconds": 30 } },
              { "count": 0, "skills": { "sales": 5 }, "handleTime": { "distribution": "fixed", "meanSeconds": 30 } } ]
            """)).Field);

    [Fact]
    public void Duplicate_group_names_are_named_with_the_name()
    {
        var group = """{ "name": "team", "count": 1, "skills": { "sales": 5 }, "handleTime": { "distribution": "fixed", "meanSeconds": 30 } }""";

        var ex = ScenarioJson.Rejected(("agents", $"[ {group}, {group} ]"));

        Assert.Equal("agents", ex.Field);
        Assert.Contains("'team'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unnamed_groups_are_numbered_from_one()
    {
        var group = """{ "count": 1, "skills": { "sales": 5 }, "handleTime": { "distribution": "fixed", "meanSeconds": 30 } }""";

        var scenario = ScenarioJson.Parse(("agents", $"[ {group}, {group} ]"));

        Assert.Equal(["group1", "group2"], scenario.Agents.Select(a => a.Name));
    }
}
