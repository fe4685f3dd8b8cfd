namespace ContactCenter.Grains.Agents;

/// <summary>
/// Wrap-up: the code and notes chosen so far, and the queue's wrap-up limit, which the agent's own timer
/// enforces by completing the interaction with whatever was chosen (or nothing) and saying so in its timeline.
/// The agent then returns to the presence it chose: Ready, or NotReady if it asked for that meanwhile.
/// </summary>
public sealed partial class AgentGrain
{
    public Task<AgentSnapshot> SaveWrapUp(string interactionId, string? wrapUpCode, string? notes)
    {
        Ids.Require(interactionId, "interactionId");
        Bounds.RequireOptionalText(wrapUpCode, "wrapUpCode", Bounds.MaxWrapUpCode);
        Bounds.RequireOptionalText(notes, "notes", Bounds.MaxNotes, multiLine: true);
        var item = _work.Find(interactionId);
        if (item is null || item.Status == WorkStatus.Offered)
            throw PresenceRules.Refused(AgentId, Presence(), AgentPresence.WrapUp, $"interaction '{interactionId}' is not connected to or in wrap-up for this agent");
        _work.Set(item with { DraftCode = Blank(wrapUpCode), DraftNotes = Blank(notes) });
        return Task.FromResult(Changed());
    }

    private async Task EvaluateWrapUpLimits(DateTimeOffset now)
    {
        var due = _work.Items.Where(i => i is { Status: WorkStatus.WrapUp, WrapUpEndsAt: { } ends } && ends <= now).ToList();
        foreach (var item in due)
        {
            var how = $"wrap-up time ({item.WrapUpLimitSeconds} s) ran out; completed automatically {(item.DraftCode is null ? "without a code" : $"with the code chosen so far")}";
            await CompleteWork(item.InteractionId, item.DraftCode, item.DraftNotes, how);
            logger.LogInformation("Agent {AgentId}: wrap-up of {InteractionId} ended by its limit", AgentId, item.InteractionId);
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
