namespace ContactCenter.Grains.Cases;

/// <summary>
/// Where a case stands in its queue's escalation chain since creation or its last reopen. Times are business
/// time on the case's SLA clock (<see cref="SlaClock"/>): Base when the chain started, SupervisorAt when step 2
/// fired, LastActionAt the last status change, note or assignment by a person.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.case-escalation")]
public sealed record EscalationProgress(
    [property: Id(0)] TimeSpan Base,
    [property: Id(1)] IReadOnlyList<EscalationStep> Fired,
    [property: Id(2)] TimeSpan? SupervisorAt = null,
    [property: Id(3)] TimeSpan? LastActionAt = null)
{
    public static EscalationProgress StartAt(TimeSpan business) => new(business, []);

    public bool HasFired(EscalationStep step) => Fired.Contains(step);

    public EscalationProgress With(EscalationStep step, TimeSpan at) => this with
    {
        Fired = [.. Fired, step],
        SupervisorAt = step == EscalationStep.SupervisorNotified ? at : SupervisorAt,
    };

    public EscalationProgress ActedAt(TimeSpan at) => this with { LastActionAt = at };
}
