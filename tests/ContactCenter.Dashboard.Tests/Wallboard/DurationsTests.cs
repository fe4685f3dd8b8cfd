using ContactCenter.Dashboard.Components.Wallboard;

namespace ContactCenter.Dashboard.Tests.Wallboard;

public sealed class DurationsTests
{
    [Theory]
    [InlineData(0, "0 s")]
    [InlineData(0.4, "0 s")]
    [InlineData(45, "45 s")]
    [InlineData(59.4, "59 s")]
    [InlineData(59.6, "1 min")]
    [InlineData(60, "1 min")]
    [InlineData(125, "2 min 5 s")]
    [InlineData(599.4, "9 min 59 s")]
    [InlineData(600, "10 min")]
    [InlineData(720, "12 min")]
    [InlineData(749, "12 min")]
    [InlineData(3599, "1 h")]
    [InlineData(14_400, "4 h")]
    [InlineData(15_600, "4 h 20 min")]
    [InlineData(86_400, "1 d")]
    [InlineData(97_200, "1 d 3 h")]
    public void Seconds_read_in_the_unit_a_person_uses(double seconds, string expected) =>
        Assert.Equal(expected, Durations.Readable(seconds));

    [Fact]
    public void Negative_times_read_as_zero_and_unknown_as_a_dash()
    {
        Assert.Equal("0 s", Durations.Readable(-3));
        Assert.Equal("–", Durations.Readable(double.NaN));
        Assert.Equal("4 h", Durations.Readable(TimeSpan.FromHours(4)));
    }
}
