namespace ContactCenter.Dashboard.Components.Supervisor;

/// <summary>One field a supervisor is about to change, as the confirmation shows it.</summary>
public sealed record FieldChange(string Field, string Old, string New);
