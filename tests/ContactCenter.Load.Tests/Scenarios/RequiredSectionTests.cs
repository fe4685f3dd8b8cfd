namespace ContactCenter.Load.Tests.Scenarios;

public sealed class RequiredSectionTests
{
    [Theory]
    [InlineData("queues")]
    [InlineData("agents")]
    [InlineData("arrivals")]
    public void Missing_section_is_named(string section)
    {
        var ex = ScenarioJson.Rejected((section, null));

        Assert.Equal(section, ex.Field);
        Assert.Contains("at least one entry", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("queues")]
    [InlineData("agents")]
    [InlineData("arrivals")]
    public void Empty_section_is_named(string section) =>
        Assert.Equal(section, ScenarioJson.Rejected((section, "[]")).Field);

    [Theory]
    [InlineData(null)]
    [InlineData("\"  \"")]
    public void Missing_name_is_named(string? name)
    {
        var ex = ScenarioJson.Rejected(("name", name));

        Assert.Equal("name", ex.Field);
        Assert.Contains("required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_customer_list_is_named() =>
        Assert.Equal("customers", ScenarioJson.Rejected(("customers", "[]")).Field);

    [Fact]
    public void Customer_tier_without_share_is_named_by_its_path() =>
        Assert.Equal("customers[0].share", ScenarioJson.Rejected(("customers", """[ { "tier": "gold" } ]""")).Field);

    [Fact]
    public void Negative_lifetime_value_is_named_by_its_path() =>
        Assert.Equal("customers[1].lifetimeValue",
            ScenarioJson.Rejected(("customers", """[ { "tier": "gold", "share": 1 }, { "tier": "basic", "share": 1, "lifetimeValue": -1 } ]""")).Field);
}
