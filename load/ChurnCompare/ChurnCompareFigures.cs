namespace ContactCenter.Load.ChurnCompare;

/// <summary>
/// One group's service in one run. Service level counts calls answered within their queue's threshold against
/// all answered or hung up; waits are until answered or hung up.
/// </summary>
internal sealed record GroupService(
    string Group, int Callers, int Calls, int Answered, int Abandoned, int Unfinished,
    double AbandonPercent, double MeanWaitSeconds, double P90WaitSeconds, double ServiceLevelPercent);

/// <summary>
/// The churn that follows one run for one group of callers, from the demo's hidden churn process rolled as the live
/// simulation rolls it: after each of a customer's calls, the per-contact hazard on their features as the center
/// then sees them. ExpectedChurners sums each caller's chance of leaving after their calls (1 − Π(1 − hazard));
/// ExpectedValueLost sums that chance × lifetime value. LifetimeValue is the callers' total value at stake.
/// </summary>
internal sealed record GroupChurn(string Group, int Callers, double LifetimeValue, double ExpectedChurners, double ExpectedValueLost)
{
    public double ChurnersPer100Callers => Callers == 0 ? 0 : Math.Round(100 * ExpectedChurners / Callers, 2);
}

/// <summary>Churn-aware against churn-blind for one group (positive change = aware is higher).</summary>
internal sealed record GroupDifference(
    string Group,
    double MeanWaitBlind, double MeanWaitAware,
    double AbandonPercentBlind, double AbandonPercentAware,
    double ExpectedChurnersBlind, double ExpectedChurnersAware, double ExpectedChurnersChange,
    double ExpectedValueLostBlind, double ExpectedValueLostAware, double ExpectedValueLostChange);
