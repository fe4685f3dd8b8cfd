namespace ContactCenter.Load.Tests.Scenarios;

public sealed class QueueValidationTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("150")]
    [InlineData("-5")]
    public void Service_level_percent_outside_0_to_100_is_named_by_its_path(string percent)
    {
        var ex = ScenarioJson.Rejected(("queues[0].serviceLevel", $$"""{ "percent": {{percent}}, "thresholdSeconds": 20 }"""));

        Assert.Equal("queues[0].serviceLevel.percent", ex.Field);
        Assert.Contains("(0, 100]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Service_level_of_exactly_100_percent_is_accepted() =>
        Assert.Equal(100, ScenarioJson.Parse(("queues[0].serviceLevel", """{ "percent": 100 }""")).Queues[0].ServiceLevelPercent);

    [Theory]
    [InlineData("0")]
    [InlineData("-20")]
    public void Non_positive_threshold_is_named_by_its_path(string seconds)
    {
        var ex = ScenarioJson.Rejected(("queues[0].serviceLevel", $$"""{ "percent": 80, "thresholdSeconds": {{seconds}} }"""));

        Assert.Equal("queues[0].serviceLevel.thresholdSeconds", ex.Field);
        Assert.Contains("positive", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"lifo\"")]
    [InlineData("\"\"")]
    public void Unknown_policy_is_named_by_its_path_and_lists_the_choices(string policy)
    {
        var ex = ScenarioJson.Rejected(("queues[0].policy", policy));

        Assert.Equal("queues[0].policy", ex.Field);
        Assert.Contains("'value' or 'fifo'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"fifo\"", true)]
    [InlineData("\"FIFO\"", true)]
    [InlineData("\"value\"", false)]
    public void Policy_is_read_case_insensitively(string policy, bool fifo) =>
        Assert.Equal(fifo, ScenarioJson.Parse(("queues[0].policy", policy)).Queues[0].Fifo);

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    public void Min_proficiency_outside_1_to_10_is_named_by_its_path(string level) =>
        Assert.Equal("queues[0].minProficiency", ScenarioJson.Rejected(("queues[0].minProficiency", level)).Field);

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void Non_positive_share_is_named_by_its_path(string share) =>
        Assert.Equal("queues[0].share", ScenarioJson.Rejected(("queues[0].share", share)).Field);

    [Fact]
    public void Queue_without_id_is_named_by_its_path()
    {
        var ex = ScenarioJson.Rejected(("queues[0].id", null));

        Assert.Equal("queues[0].id", ex.Field);
        Assert.Contains("id is required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Queue_id_with_a_space_is_named_by_its_path()
    {
        var ex = ScenarioJson.Rejected(("queues[0].id", "\"big sales\""));

        Assert.Equal("queues[0].id", ex.Field);
        Assert.Contains("letters, digits", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_queue_ids_are_named_with_the_id()
    {
        var ex = ScenarioJson.Rejected(("queues", """[ { "id": "sales" }, { "id": "service", "skill": "sales" }, { "id": "Sales" } ]"""));

        Assert.Equal("queues", ex.Field);
        Assert.Contains("'sales'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unique", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Queue_no_agent_group_can_serve_is_named_by_its_skill_path()
    {
        var ex = ScenarioJson.Rejected(("queues", """[ { "id": "sales" }, { "id": "billing" } ]"""));

        Assert.Equal("queues[1].skill", ex.Field);
        Assert.Contains("'billing'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("could never be served", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Queue_needing_more_proficiency_than_any_agent_has_cannot_be_served()
    {
        var ex = ScenarioJson.Rejected(("queues[0].minProficiency", "6"));

        Assert.Equal("queues[0].skill", ex.Field);
        Assert.Contains("proficiency 6", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Queue_skill_defaults_to_its_id() =>
        Assert.Equal("sales", ScenarioJson.Parse(("queues[0].skill", null)).Queues[0].Skill);
}
