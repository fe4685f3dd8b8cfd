namespace ContactCenter.Contracts;

/// <summary>The parts of a waiting interaction's priority score, already multiplied by the queue's weights.</summary>
[GenerateSerializer, Immutable, Alias("cc.score")]
public sealed record ScoreBreakdown(
    [property: Id(0)] double Base,
    [property: Id(1)] double Tier,
    [property: Id(2)] double ChurnValue,
    [property: Id(3)] double Aging,
    [property: Id(4)] double SlaMargin)
{
    public double Total => Base + Tier + ChurnValue + Aging + SlaMargin;
}
