namespace PiplWatch.Detection.Engine;

/// <summary>
/// A run of letters and digits in the text, possibly split into groups by separators (spaces, hyphens, HTML tags)
/// between digits. <see cref="Chars"/> holds the folded characters of all groups without separators; group
/// <c>g</c> covers <c>Chars[GroupOffsets[g]..GroupOffsets[g+1]]</c> and the text from <c>GroupStarts[g]</c> to
/// <c>GroupEnds[g]</c>.
/// </summary>
internal sealed class DigitToken
{
    public const int MaxGroups = 16;
    public const int MaxChars = 64;

    public char[] Chars { get; } = new char[MaxChars];

    public int Length { get; set; }

    public int[] GroupOffsets { get; } = new int[MaxGroups + 1];

    public int[] GroupStarts { get; } = new int[MaxGroups];

    public int[] GroupEnds { get; } = new int[MaxGroups];

    public int GroupCount { get; set; }

    public int Start => GroupStarts[0];

    public int End => GroupEnds[GroupCount - 1];

    /// <summary>The folded characters of groups <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public ReadOnlySpan<char> Span(int first, int last) =>
        Chars.AsSpan(GroupOffsets[first], GroupOffsets[last + 1] - GroupOffsets[first]);
}
