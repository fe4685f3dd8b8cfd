namespace ContactCenter.Load.Tests.Theory;

/// <summary>
/// An independent, seeded simulation of M/M/n+M with first-come-first-served order. Callers are taken in
/// arrival order: the next caller's offered wait is the time until the earliest agent frees up, and he hangs
/// up instead if that exceeds his exponential patience (a caller who hangs up takes no agent). This is exact
/// for FIFO, because no later caller can affect an earlier caller's wait.
/// </summary>
internal static class MmnPlusMSimulation
{
    public sealed record Result(int Callers, int Answered, int AnsweredWithin, double TotalWaitOfAnswered)
    {
        public double ServiceLevelPercent => 100.0 * AnsweredWithin / Callers;
        public double AsaSeconds => TotalWaitOfAnswered / Answered;
        public double AbandonPercent => 100.0 * (Callers - Answered) / Callers;
    }

    public static Result Run(int agents, double arrivalsPerSecond, double handleSeconds, double patienceSeconds, double thresholdSeconds, int callers, int seed)
    {
        var random = new Random(seed);
        double Exponential(double mean) => -mean * Math.Log(1 - random.NextDouble());

        var freeAt = new double[agents];
        var (now, answered, within, totalWait) = (0.0, 0, 0, 0.0);
        for (var i = 0; i < callers; i++)
        {
            now += Exponential(1 / arrivalsPerSecond);
            var patience = Exponential(patienceSeconds);
            var service = Exponential(handleSeconds);
            var agent = 0;
            for (var a = 1; a < agents; a++) if (freeAt[a] < freeAt[agent]) agent = a;
            var wait = Math.Max(0, freeAt[agent] - now);
            if (wait > patience) continue;
            freeAt[agent] = now + wait + service;
            answered++;
            totalWait += wait;
            if (wait <= thresholdSeconds) within++;
        }

        return new Result(callers, answered, within, totalWait);
    }
}
