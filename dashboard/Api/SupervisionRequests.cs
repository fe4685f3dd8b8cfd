using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Api;

/// <summary>A skill's proficiency, 1 to 10; anything else is refused, never clamped.</summary>
public sealed record SkillRequest(int? Proficiency);

/// <summary>A supervisor's forced presence: NotReady, LoggedOut, or Ready for a NotReady agent.</summary>
public sealed record ForceRequest(AgentPresence? Presence, string? Reason);

/// <summary>Live routing targets; an omitted field keeps its value, so two edits of different fields both survive.</summary>
public sealed record ServiceLevelRequest(double? Percent, int? ThresholdSeconds, int? MaxWaitSeconds);

/// <summary>The longest wrap-up after this queue's interactions, 1–3600 s; null for no limit.</summary>
public sealed record WrapUpRequest(int? WrapUpSeconds);
