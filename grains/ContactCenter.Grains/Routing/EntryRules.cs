namespace ContactCenter.Grains.Routing;

/// <summary>Picks the first entry rule whose attributes and channel match an interaction.</summary>
public static class EntryRules
{
    public static EntryRule? FirstMatch(IEnumerable<EntryRule> rules, Channel channel, IReadOnlyDictionary<string, string> attributes) =>
        rules.FirstOrDefault(rule =>
            (rule.Channel is null || rule.Channel == channel) &&
            rule.Match.All(m => attributes.TryGetValue(m.Key, out var value)
                ? string.Equals(value, m.Value, StringComparison.OrdinalIgnoreCase)
                : attributes.Any(a => string.Equals(a.Key, m.Key, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(a.Value, m.Value, StringComparison.OrdinalIgnoreCase))));
}
