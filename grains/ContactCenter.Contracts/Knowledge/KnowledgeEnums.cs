namespace ContactCenter.Contracts;

/// <summary>An article's lifecycle: Draft → Approved → Published → Retired. Only Published articles are found by search.</summary>
public enum ArticleStatus { Draft, Approved, Published, Retired }

/// <summary>Who may read an article: staff only, or customers too (self-service).</summary>
public enum ArticleVisibility { Internal, Public }

/// <summary>How an agent used an article; each counts as one use.</summary>
public enum KnowledgeUseKind { AttachedToCase, SentInChat, SentInEmail }
