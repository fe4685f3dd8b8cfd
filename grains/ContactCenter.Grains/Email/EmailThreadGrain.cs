using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains.Email;

/// <summary>One message id of a case's email thread, naming the case. Durable; the first case recorded stays.</summary>
public sealed class EmailThreadGrain(
    [PersistentState("email-thread", GrainStorage.Name)] IPersistentState<EmailThreadState> state) : Grain, IEmailThreadGrain
{
    public Task<string?> Find() => Task.FromResult(state.State.CaseId);

    public async Task Register(string caseId)
    {
        Ids.Require(caseId, "caseId");
        if (state.State.CaseId is not null) return;
        state.State.CaseId = caseId;
        await state.WriteStateAsync();
    }
}

[GenerateSerializer, Alias("cc.email-thread-state")]
public sealed class EmailThreadState
{
    [Id(0)] public string? CaseId { get; set; }
}
