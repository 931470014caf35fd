namespace PiplWatch.Detection;

/// <summary>
/// One piece of personal information found in a text. <see cref="Start"/> and <see cref="End"/> (exclusive) count
/// UTF-16 code units of the text scanned; the span includes separators inside the value (spaces, hyphens, tags).
/// <see cref="Value"/> is the value in canonical form (ASCII digits, separators removed): handle it as personal data.
/// </summary>
public sealed record PiiHit(PiiType Type, int Start, int End, double Score, string Value, HitExplanation Explanation)
{
    /// <summary>Length of the span in the scanned text.</summary>
    public int Length => End - Start;
}

/// <summary>Why a hit was reported: the pattern that matched, the validator that passed, and how context moved the score.</summary>
public sealed record HitExplanation(string Pattern, string? Validator, double BaseScore, IReadOnlyList<ContextEffect> Context);

/// <summary>A context word (or the column header) found near a hit and what it did to the score.</summary>
public sealed record ContextEffect(string Word, double Delta, ContextSource Source);

/// <summary>Where a context word was found.</summary>
public enum ContextSource
{
    /// <summary>In the characters before the value.</summary>
    Before,

    /// <summary>In the characters after the value.</summary>
    After,

    /// <summary>In the header of the table column the value is in.</summary>
    ColumnHeader,
}
