using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Interactions;

/// <summary>
/// Surviving a silo's death (cluster mode). The record is stored when the interaction is created and when it
/// connects, and a durable reminder audits it until it ends. Reminders live in Redis and fire on whichever
/// silo owns them now, so an interaction whose queue, agent or own grain died is found again: waiting ones go
/// back into their queue, and offers lost with their agent's grain are queued again, all with the original
/// timestamps and priority.
/// </summary>
public sealed partial class InteractionGrain : IRemindable
{
    private const string AuditReminder = "audit";

    private IGrainReminder? _audit;

    /// <summary>
    /// Starts the audit, then stores the live record; nothing in embedded mode. In this order a failure
    /// leaves either nothing stored (the activation is dropped, so a retried Create starts afresh) or a stored
    /// record whose audit is already running and will queue it.
    /// </summary>
    private async Task MakeDurable()
    {
        if (!recovery.Enabled) return;
        try
        {
            _audit = await this.RegisterOrUpdateReminder(AuditReminder, AuditTiming.Period, AuditTiming.Period);
            await _writer.WriteAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Stores a change of the live record, such as connecting (cluster mode only).</summary>
    private Task SaveLive() => recovery.Enabled ? _writer.WriteAsync() : Task.CompletedTask;

    private async Task StopAudit()
    {
        if (!recovery.Enabled) return;
        _audit ??= await this.GetReminder(AuditReminder);
        if (_audit is not null) await this.UnregisterReminder(_audit);
        _audit = null;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != AuditReminder) return;
        if (!S.Exists) await StopAudit();
        // Ended, but the audit still runs: storing the record failed (Redis was down). Try again; it is idempotent.
        else if (S.Status.IsTerminal()) await Persist();
        else await Audit();
    }

    /// <summary>Makes routing agree with this record again, if a silo's death made it forget.</summary>
    private async Task Audit()
    {
        if (_moving || S.Entry is not { } entry || S.QueueId is not { } queueId) return;
        if (S.Status == InteractionStatus.Offered && S.AgentId is { } agentId)
        {
            if (await GrainFactory.GetGrain<IAgentGrain>(agentId).Holds(Id))
            {
                await Router.Restore(entry, agentId);
                return;
            }
            // The agent answered, declined or the offer lapsed while we asked: that path has moved us on.
            if (S.Status != InteractionStatus.Offered || S.AgentId != agentId) return;
            S.AgentId = null;
            S.Record(time.GetUtcNow(), InteractionStatus.Queued, $"offer to {agentId} lost with its silo; back in {queueId} with its place");
            logger.LogWarning("Interaction {InteractionId}: offer to {AgentId} was lost with a silo; queued again", Id, agentId);
        }
        if (S.Status == InteractionStatus.Queued)
            await Router.Restore(entry, null);
    }
}
