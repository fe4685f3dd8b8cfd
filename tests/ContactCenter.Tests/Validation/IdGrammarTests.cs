using ContactCenter.Contracts.Validation;

namespace ContactCenter.Tests.Validation;

public sealed class IdGrammarTests
{
    [Theory]
    [InlineData("cust-00042")]
    [InlineData("agent-007")]
    [InlineData("sales")]
    [InlineData("center")]
    [InlineData("7590-VHVEG")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("replay-Fifo-a1b2c3-Gold-001")]
    [InlineData("user@example.com")]
    [InlineData("tenant:queue_1.v2")]
    public void Ids_in_use_today_follow_the_grammar(string id) => Assert.True(Ids.IsValid(id), id);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData("a b")]
    [InlineData("a\0b")]
    [InlineData("sec-repro-é")]
    [InlineData("a/b")]
    [InlineData("a\\..\\b")]
    [InlineData("a..b")]
    [InlineData("a;b")]
    [InlineData("a~b")]
    [InlineData("a%20b")]
    [InlineData("-leading-dash")]
    [InlineData(".hidden")]
    [InlineData("<script>")]
    public void Hostile_ids_break_the_grammar(string id) => Assert.False(Ids.IsValid(id), id);

    [Fact]
    public void An_id_is_at_most_128_characters()
    {
        Assert.True(Ids.IsValid(new string('a', Ids.MaxLength)));
        Assert.False(Ids.IsValid(new string('a', Ids.MaxLength + 1)));
        Assert.False(Ids.IsValid(new string('a', 200_000)));
    }

    [Fact]
    public void A_refusal_names_the_field()
    {
        var error = Assert.Throws<ContactCenterException>(() => Ids.Require(" ", "customerId"));
        Assert.Equal((ErrorKind.Invalid, "customerId"), (error.Kind, error.Field));
    }

    [Fact]
    public void A_repeated_skill_is_refused_naming_the_index_of_the_repeat()
    {
        var error = Assert.Throws<ContactCenterException>(() => SkillNames.RequireDistinct(["billing", "sales", "tech", "Billing"], "skills"));
        Assert.Equal("skills[3].skill", error.Field);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-1)]
    [InlineData(1e300)]
    public void Numbers_must_be_finite_and_in_range(double value) =>
        Assert.Equal("weights.base", Assert.Throws<ContactCenterException>(() => Bounds.RequireFinite(value, "weights.base", 0, 1000)).Field);

    [Fact]
    public void Text_may_not_hold_control_characters_except_line_breaks_in_notes()
    {
        Assert.Throws<ContactCenterException>(() => Bounds.RequireText("a\0b", "name", 10));
        Assert.Throws<ContactCenterException>(() => Bounds.RequireText("a\nb", "name", 10));
        Assert.Throws<ContactCenterException>(() => Bounds.RequireText("\ud800", "name", 10));
        Bounds.RequireOptionalText("line one\nline two\ttab", "notes", 100, multiLine: true);
        Bounds.RequireText("Zoë 日本 😀", "name", 20);
    }
}
