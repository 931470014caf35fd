namespace PiplWatch.Core.Legal;

/// <summary>
/// A violation in a determination scheme — the 2019 App violation determination method (<c>app-2019</c>) or the
/// 2025 face-recognition measures (<c>face-2025</c>) — tied to the articles it breaches.
/// </summary>
public sealed record ViolationCode(
    string Id,
    string Scheme,
    string Category,
    string TitleZh,
    string TitleEn,
    IReadOnlyList<string> Articles,
    Confidence Confidence,
    string Source);
