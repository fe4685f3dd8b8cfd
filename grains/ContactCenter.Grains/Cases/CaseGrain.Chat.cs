namespace ContactCenter.Grains.Cases;

/// <summary>A chat linked to the case ended: the timeline points at its transcript.</summary>
public sealed partial class CaseGrain
{
    public const int MaxTranscriptSummary = 500;

    public async Task<CaseSnapshot> AddTranscript(string interactionId, string summary)
    {
        RequireExists();
        Ids.Require(interactionId, "interactionId");
        if (string.IsNullOrWhiteSpace(summary)) throw ContactCenterException.Invalid("summary", "summary is required.");
        Bounds.RequireOptionalText(summary, "summary", MaxTranscriptSummary, multiLine: true);
        if (!S.InteractionIds.Contains(interactionId))
            throw ContactCenterException.Invalid("interactionId", $"Interaction '{interactionId}' is not linked to case '{CaseId}'; link it first.");
        if (S.Timeline.Any(e => e.Kind == CaseEventKind.ChatTranscript && e.Reference == interactionId)) return Snapshot();
        RecordBreaches(time.GetUtcNow());
        Record(CaseEventKind.ChatTranscript, summary.Trim(), interactionId);
        await Save();
        return Snapshot();
    }
}
