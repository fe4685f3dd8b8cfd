using ContactCenter.Load.Scenarios;

namespace ContactCenter.Load.Tests.Scenarios;

public sealed class MalformedScenarioFileTests
{
    [Fact]
    public void Missing_comma_is_a_file_error_with_its_line_number()
    {
        var ex = ScenarioJson.RejectedText("{\n  \"name\": \"x\"\n  \"seed\": 1\n}");

        Assert.Equal("(file)", ex.Field);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_file_names_the_path_it_stopped_in_and_its_line()
    {
        var ex = ScenarioJson.RejectedText("{\n  \"name\": \"x\",\n  \"queues\": [ { \"id\": \"a\" }");

        Assert.Equal("queues[1]", ex.Field);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_a_file_error()
    {
        var ex = ScenarioJson.RejectedText("");

        Assert.Equal("(file)", ex.Field);
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_null_holds_no_scenario() =>
        Assert.Equal("(file)", ScenarioJson.RejectedText("null").Field);

    [Fact]
    public void Array_instead_of_object_is_a_file_error() =>
        Assert.Equal("(file)", ScenarioJson.RejectedText("[1, 2]").Field);

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var json = ScenarioJson.Valid.Replace("\"seed\": 7,", "// a comment\n  \"seed\": 7, /* another */", StringComparison.Ordinal)
            .Replace("\"perMinute\": 2 }", "\"perMinute\": 2, }", StringComparison.Ordinal);

        Assert.Equal(7, ScenarioParser.Parse(json).Seed);
    }

    [Fact]
    public void Misspelt_top_level_property_is_named_with_its_line()
    {
        var json = "{\n  \"name\": \"x\",\n  \"queus\": []\n}";

        var ex = ScenarioJson.RejectedText(json);

        Assert.Equal("queus", ex.Field);
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'queus' could not be mapped", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_property_inside_a_queue_is_named_by_its_path()
    {
        var ex = ScenarioJson.Rejected(("queues[0].priority", "3"));

        Assert.Equal("queues[0].priority", ex.Field);
        Assert.Contains("'priority'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_where_a_count_belongs_is_named_by_its_path()
    {
        var ex = ScenarioJson.Rejected(("agents[0].count", "\"ten\""));

        Assert.Equal("agents[0].count", ex.Field);
        Assert.Contains("could not be converted", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fraction_where_an_integer_belongs_is_named_by_its_path() =>
        Assert.Equal("seed", ScenarioJson.Rejected(("seed", "1.5")).Field);

    [Fact]
    public void Object_where_a_number_belongs_is_named_by_its_path() =>
        Assert.Equal("arrivals[0].perMinute", ScenarioJson.Rejected(("arrivals[0].perMinute", "{}")).Field);

    [Fact]
    public void Message_starts_with_the_field()
    {
        var ex = ScenarioJson.Rejected(("queues[0].serviceLevel.percent", "0"));

        Assert.StartsWith("queues[0].serviceLevel.percent: ", ex.Message, StringComparison.Ordinal);
    }
}
