namespace PiplWatch.Cases.Documents;

/// <summary>A kind of document a procurator signs, with the stage that must have been reached for it.</summary>
public sealed record DocumentKind(string Id, string Zh, string RequiredStage, IReadOnlyList<string> WholeFields);

/// <summary>The documents of the CLI contract.</summary>
public static class DocumentKinds
{
    /// <summary>Every kind.</summary>
    public static readonly IReadOnlyList<DocumentKind> All =
    [
        new("filing-decision", "立案决定书", "filed", []),
        new("recommendation", "检察建议书", "recommendation", []),
        new("notice", "公告", "notice", []),

        // A complaint names its defendant in full: the court must know whom it is served on.
        new("complaint", "起诉书", "suit", ["被告"]),
        new("follow-up-report", "跟进调查报告", "follow-up", []),

        // A public hearing's record names its hearing officers: they sign it.
        new("hearing-record", "听证笔录", "hearing", ["参加人员"]),
    ];

    /// <summary>The kind with <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">Unknown kind; the message lists them.</exception>
    public static DocumentKind Get(string id) => All.FirstOrDefault(k => k.Id == id)
        ?? throw new ArgumentException($"'{id}' is not a document kind ({string.Join(", ", All.Select(k => k.Id))})", nameof(id));
}
