namespace ContactCenter.Load.Theory;

/// <summary>
/// What queueing theory predicts for one queue in steady state. ServiceLevelPercent is the share of all
/// arrivals answered within the threshold; AsaSeconds is the mean wait of those answered.
/// </summary>
internal sealed record QueuePrediction(
    string Model,
    int Agents,
    double OfferedLoadErlangs,
    double ProbabilityOfWaitPercent,
    double ServiceLevelPercent,
    double AsaSeconds,
    double AbandonPercent,
    double OccupancyPercent);
