using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains.Cases;

/// <summary>
/// One service contract. The default ids answer their built-in terms until someone puts their own. A changed
/// contract applies to its open cases from that moment, in parallel batches.
/// </summary>
public sealed class ServiceContractGrain(
    [PersistentState("contract", GrainStorage.Name)] IPersistentState<ServiceContractState> state,
    ILogger<ServiceContractGrain> logger) : Grain, IServiceContractGrain
{
    /// <summary>Cases told at once when a contract changes.</summary>
    public const int ApplyBatch = 64;

    private string ContractId => this.GetPrimaryKeyString();

    public Task<ServiceContract> Get() => Task.FromResult(state.State.Contract
        ?? (ServiceContracts.IsDefault(ContractId) ? ServiceContracts.BuiltIn(ContractId) : throw ContactCenterException.NotFound("Contract", ContractId)));

    public async Task<ServiceContract> Put(ServiceContract contract)
    {
        if (contract is null) throw ContactCenterException.Invalid("body", "A contract is required.");
        Ids.Require(ContractId, "contractId");
        contract.Validate(CoverageClock.ZoneExists);
        if (contract.ContractId != ContractId)
            throw ContactCenterException.Invalid("contractId", $"contractId '{contract.ContractId}' does not match the contract '{ContractId}'.");
        state.State.Contract = contract;
        await state.WriteStateAsync();
        logger.LogInformation("Contract {ContractId} stored by {Actor}", ContractId, Actor.Current);
        await ApplyToOpenCases(contract);
        return contract;
    }

    private async Task ApplyToOpenCases(ServiceContract contract)
    {
        IReadOnlyList<string> open;
        try { open = await GrainFactory.GetGrain<ICaseBoardGrain>(CaseGrain.CaseBoard).OpenCasesUnder(ContractId); }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Open cases under contract {ContractId} could not be listed; they keep their terms until their next change", ContractId);
            return;
        }
        foreach (var batch in open.Chunk(ApplyBatch))
            await Task.WhenAll(batch.Select(id => Apply(id, contract)));
    }

    private async Task Apply(string caseId, ServiceContract contract)
    {
        try { await GrainFactory.GetGrain<ICaseGrain>(caseId).ApplyContract(contract); }
        catch (Exception ex) { logger.LogWarning(ex, "Contract {ContractId} could not be applied to case {CaseId}", ContractId, caseId); }
    }
}

[GenerateSerializer, Alias("cc.service-contract-state")]
public sealed class ServiceContractState
{
    [Id(0)] public ServiceContract? Contract { get; set; }
}
