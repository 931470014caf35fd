namespace PiplWatch.Core.Legal;

/// <summary>
/// One article of a law, with a stable id such as <c>PIPL-28</c> and a one-line paraphrase written for the
/// platform (never the statute text). <see cref="IsConfirmed"/> is true only for [T] facts of legal.md.
/// </summary>
public sealed record LegalArticle(
    string Id,
    string LawId,
    string Article,
    string Topic,
    string SummaryZh,
    string SummaryEn,
    Confidence Confidence,
    string Source)
{
    /// <summary>Whether legal.md marks this article confirmed against the official text.</summary>
    public bool IsConfirmed => Confidence == Confidence.Text;
}
