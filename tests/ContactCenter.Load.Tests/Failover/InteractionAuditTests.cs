using ContactCenter.Contracts;
using ContactCenter.Load.Failover;

namespace ContactCenter.Load.Tests.Failover;

/// <summary>After the drain, an interaction is accounted for (terminal or still queued), LOST, or was never created.</summary>
public sealed class InteractionAuditTests
{
    private static readonly CallFacts Completed = new(CreateSucceeded: true, AnsweredByDriver: true, CompletedByDriver: true);
    private static readonly CallFacts Waiting = new(CreateSucceeded: true, AnsweredByDriver: false, CompletedByDriver: false);
    private static readonly CallFacts Talking = new(CreateSucceeded: true, AnsweredByDriver: true, CompletedByDriver: false);
    private static readonly CallFacts NeverCreated = new(CreateSucceeded: false, AnsweredByDriver: false, CompletedByDriver: false);

    private static AuditVerdict Classify(CallFacts facts, InteractionStatus? status, Exception? error = null) =>
        InteractionAudit.Classify("i-1", facts, status, error);

    [Fact]
    public void A_call_the_driver_completed_that_the_grain_calls_completed_is_accounted_for() =>
        Assert.Equal((AuditOutcome.Terminal, "Completed"), (Classify(Completed, InteractionStatus.Completed).Outcome, Classify(Completed, InteractionStatus.Completed).Label));

    [Theory]
    [InlineData(InteractionStatus.Abandoned)]
    [InlineData(InteractionStatus.Overflowed)]
    [InlineData(InteractionStatus.CallbackScheduled)]
    public void Other_terminal_statuses_are_counted_by_name(InteractionStatus status)
    {
        var verdict = Classify(Waiting, status);

        Assert.Equal((AuditOutcome.Terminal, status.ToString()), (verdict.Outcome, verdict.Label));
    }

    [Fact]
    public void A_call_still_waiting_in_its_queue_is_queued_not_lost() =>
        Assert.Equal(AuditOutcome.Queued, Classify(Waiting, InteractionStatus.Queued).Outcome);

    [Theory]
    [InlineData(InteractionStatus.Created)]
    [InlineData(InteractionStatus.Offered)]
    [InlineData(InteractionStatus.Connected)]
    [InlineData(InteractionStatus.WrapUp)]
    public void A_call_stuck_neither_terminal_nor_queued_is_lost(InteractionStatus status)
    {
        var verdict = Classify(Talking, status);

        Assert.Equal((AuditOutcome.Lost, "LOST"), (verdict.Outcome, verdict.Label));
        Assert.Contains($"{status}: neither terminal nor queued", verdict.Reason);
    }

    [Fact]
    public void A_call_the_driver_completed_but_the_grain_has_back_in_the_queue_is_lost_as_a_disagreement()
    {
        var verdict = Classify(Completed, InteractionStatus.Queued);

        Assert.Equal(AuditOutcome.Lost, verdict.Outcome);
        Assert.Contains("disagree", verdict.Reason);
    }

    [Fact]
    public void A_call_completed_by_the_grain_that_no_agent_of_the_run_answered_is_lost_as_a_disagreement() =>
        Assert.Contains("no agent of the run answered", Classify(Waiting, InteractionStatus.Completed).Reason);

    [Fact]
    public void A_completed_call_whose_completion_the_driver_never_saw_confirmed_is_accounted_for() =>
        Assert.Equal(AuditOutcome.Terminal, Classify(Talking, InteractionStatus.Completed).Outcome);

    [Fact]
    public void A_created_call_whose_grain_has_no_record_is_lost() =>
        Assert.Contains("state lost", Classify(Completed, null, ContactCenterException.NotFound("Interaction", "i-1")).Reason);

    [Fact]
    public void A_question_that_throws_is_lost_with_the_exception_named()
    {
        var verdict = Classify(Waiting, null, new TimeoutException("no answer in 10 s"));

        Assert.Equal(AuditOutcome.Lost, verdict.Outcome);
        Assert.Contains("TimeoutException: no answer in 10 s", verdict.Reason);
    }

    [Fact]
    public void A_creation_that_failed_every_attempt_and_left_no_record_is_not_created_rather_than_lost() =>
        Assert.Equal(AuditOutcome.NotCreated, Classify(NeverCreated, null, ContactCenterException.NotFound("Interaction", "i-1")).Outcome);

    [Fact]
    public void A_creation_given_up_on_that_landed_after_all_is_judged_by_its_status() =>
        Assert.Equal(AuditOutcome.Queued, Classify(NeverCreated, InteractionStatus.Queued).Outcome);

    [Fact]
    public void The_summary_counts_terminal_statuses_queued_lost_with_reasons_and_not_created()
    {
        AuditVerdict[] verdicts =
        [
            new("a", AuditOutcome.Terminal, "Completed", null), new("b", AuditOutcome.Terminal, "Completed", null),
            new("c", AuditOutcome.Queued, "Queued", null), new("d", AuditOutcome.Lost, "LOST", "stuck"),
            new("e", AuditOutcome.Lost, "LOST", "stuck"), new("f", AuditOutcome.NotCreated, "not created", "x"),
        ];

        var summary = FailoverSummariser.Audit(verdicts);

        Assert.Equal(6, summary.Audited);
        Assert.Equal(2, summary.TerminalByStatus["Completed"]);
        Assert.Equal((1, 2, 1), (summary.StillQueued, summary.Lost, summary.NotCreated));
        var reason = Assert.Single(summary.LostReasons);
        Assert.Equal(("stuck", 2), (reason.Reason, reason.Count));
        Assert.Equal(["d", "e"], reason.ExampleIds);
    }

    [Fact]
    public void A_caller_refused_at_the_edge_until_it_gave_up_is_refused_when_nothing_exists()
    {
        var refused = NeverCreated with { RefusedOnly = true };

        Assert.Equal(AuditOutcome.Refused, Classify(refused, null, ContactCenterException.NotFound("Interaction", "i-1")).Outcome);
    }

    [Fact]
    public void A_refused_caller_whose_interaction_exists_is_audited_like_any_other() =>
        Assert.Equal(AuditOutcome.Queued, Classify(NeverCreated with { RefusedOnly = true }, InteractionStatus.Queued).Outcome);
}
