using ContactCenter.Dashboard.Services;

namespace ContactCenter.Dashboard.Components.Knowledge;

/// <summary>What the console knows about a piece of work that can find articles: the IVR's topic and intent, a case and product if given.</summary>
public static class SuggestionContext
{
    private static readonly string[] TopicKeys = ["topic", "intent", "subject"];

    /// <summary>The words of the topic, intent and subject attributes, in that order; "other" says nothing and is left out.</summary>
    public static string? Topic(ScreenPop? pop)
    {
        var attributes = pop?.Interaction.Attributes;
        if (attributes is null) return null;
        var words = TopicKeys.Select(k => attributes.GetValueOrDefault(k)).Where(v => !string.IsNullOrWhiteSpace(v) && v != "other").Distinct().ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    public static string? Product(ScreenPop? pop) => pop?.Interaction.Attributes.GetValueOrDefault("product");

    public static string? CaseId(ScreenPop? pop) => pop?.Interaction.Attributes.GetValueOrDefault("caseId");
}
