namespace ContactCenter.Churn.Tests;

public sealed class TelcoCopyTests
{
    [Fact]
    public void The_shipped_telco_copy_is_the_shared_file_byte_for_byte()
    {
        var shipped = File.ReadAllBytes(TestData.ShippedTelcoPath);
        Assert.Equal(7_044, File.ReadLines(TestData.ShippedTelcoPath).Count());
        // Where ../shared is absent (a clean CI clone) there is nothing to compare against; the row count still holds.
        if (File.Exists(TestData.SharedTelcoPath)) Assert.Equal(File.ReadAllBytes(TestData.SharedTelcoPath), shipped);
    }
}
