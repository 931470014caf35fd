namespace PiplWatch.Detection.Recognizers;

/// <summary>
/// Finds label words (姓名, 住址 …) and where the value after each starts, past separators such as ：, spaces or 为.
/// Names and addresses both read their values after labels.
/// </summary>
internal static class LabelScanner
{
    /// <summary>For every occurrence of every label: the label and the position where its value starts.</summary>
    public static List<(string Label, int ValueStart)> ValueStarts(ReadOnlySpan<char> text, string[] labels, string separators)
    {
        var found = new List<(string, int)>();
        foreach (var label in labels)
        {
            var from = 0;
            while (text[from..].IndexOf(label, StringComparison.Ordinal) is var at and >= 0)
            {
                var p = from + at + label.Length;
                from = p;
                while (p < text.Length && separators.Contains(text[p], StringComparison.Ordinal))
                {
                    p++;
                }

                found.Add((label, p));
            }
        }

        return found;
    }
}
