using Microsoft.Extensions.Options;

namespace ContactCenter.Grains.Telephony;

/// <summary>
/// The default port: no phone line, every command succeeds at once and is logged. The demo and the tests
/// run on it; a deployment with a switch registers its own ITelephonyPort before AddContactCenterGrains.
/// </summary>
public sealed class SimulatedTelephonyPort(ILogger<SimulatedTelephonyPort> logger, IOptions<SimulatedTelephonyOptions> options) : ITelephonyPort
{
    /// <summary>Numbers configured as never answering or busy give that outcome; every other number answers.</summary>
    public Task<DialOutcome> Dial(string callId, string agentId, string number)
    {
        var outcome = options.Value.NoAnswer.Contains(number) ? DialOutcome.NoAnswer
            : options.Value.Busy.Contains(number) ? DialOutcome.Busy : DialOutcome.Answered;
        logger.LogDebug("Simulated telephony: {AgentId} dials {Number} for {CallId}: {Outcome}", agentId, number, callId, outcome);
        return Task.FromResult(outcome);
    }

    public Task Hold(string callId) => Done("hold", callId);
    public Task Resume(string callId) => Done("resume", callId);
    public Task Mute(string callId, string agentId) => Done("mute", callId, agentId);
    public Task Unmute(string callId, string agentId) => Done("unmute", callId, agentId);
    public Task HangUp(string callId) => Done("hang up", callId);
    public Task Consult(string callId, string fromAgentId, string toAgentId) => Done("consult", callId, $"{fromAgentId} dials {toAgentId}");
    public Task CancelConsult(string callId, string toAgentId) => Done("cancel consult", callId, toAgentId);
    public Task Transfer(string callId, string fromAgentId, string toAgentId) => Done("transfer", callId, $"{fromAgentId} to {toAgentId}");
    public Task Conference(string callId, IReadOnlyList<string> agentIds) => Done("conference", callId, string.Join(", ", agentIds));

    private Task Done(string command, string callId, string detail = "")
    {
        logger.LogDebug("Simulated telephony: {Command} {CallId} {Detail}", command, callId, detail);
        return Task.CompletedTask;
    }
}

/// <summary>How the simulated switch answers outbound dials; set with services.Configure/// <summary>How the simulated switch answers outbound dials (configuration section "Telephony:Simulated").</summary>lt;SimulatedTelephonyOptions/// <summary>How the simulated switch answers outbound dials (configuration section "Telephony:Simulated").</summary>gt;.</summary>
public sealed class SimulatedTelephonyOptions
{
    /// <summary>Numbers that ring out unanswered.</summary>
    public HashSet<string> NoAnswer { get; } = new(StringComparer.Ordinal);

    /// <summary>Numbers that are always busy.</summary>
    public HashSet<string> Busy { get; } = new(StringComparer.Ordinal);
}
