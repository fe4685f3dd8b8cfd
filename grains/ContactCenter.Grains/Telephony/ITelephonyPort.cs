namespace ContactCenter.Grains.Telephony;

/// <summary>
/// What the interaction grain asks the phone system to do to a call. The grain validates the transition
/// first and changes its state only after the port has done it, so a port that throws leaves nothing changed.
/// A real adapter drives the switch here, and reports what the switch does on its own (answered, ended,
/// abandoned) through the HTTP API, the same way the simulated one is driven by the demo and the tests.
/// </summary>
public interface ITelephonyPort
{
    Task Hold(string callId);
    Task Resume(string callId);
    Task Mute(string callId, string agentId);
    Task Unmute(string callId, string agentId);
    Task HangUp(string callId);

    /// <summary>Rings a second agent's phone for a consult while the caller is on hold.</summary>
    Task Consult(string callId, string fromAgentId, string toAgentId);

    Task CancelConsult(string callId, string toAgentId);

    /// <summary>Moves the caller to another agent (after a consult) and drops the first agent's leg.</summary>
    Task Transfer(string callId, string fromAgentId, string toAgentId);

    /// <summary>
    /// Places an outbound call from the agent to the customer (a callback) and reports whether they answered. A port
    /// that cannot place the call at all throws; no answer and busy are outcomes, not failures.
    /// </summary>
    Task<DialOutcome> Dial(string callId, string agentId, string number);

    /// <summary>Joins the caller and both agents' legs.</summary>
    Task Conference(string callId, IReadOnlyList<string> agentIds);
}
