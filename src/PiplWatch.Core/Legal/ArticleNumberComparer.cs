using System.Globalization;

namespace PiplWatch.Core.Legal;

/// <summary>Orders article numbers as a reader expects: 2 before 10, 253 before 253-1.</summary>
internal sealed class ArticleNumberComparer : IComparer<string>
{
    public static readonly ArticleNumberComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = Split(x);
        var b = Split(y);
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : -1;
            var right = i < b.Length ? b[i] : -1;
            if (left != right)
            {
                return left.CompareTo(right);
            }
        }

        return string.CompareOrdinal(x, y);
    }

    private static int[] Split(string? number) =>
        (number ?? string.Empty).Split('-', '.')
            .Select(part => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            .ToArray();
}
