namespace PiplWatch.Detection.Tests.Corpus;

/// <summary>A labeled value in a generated document. <see cref="End"/> is exclusive; offsets count UTF-16 code units of the text.</summary>
public sealed record LabeledSpan(PiiType Type, int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(int start, int end) => Start < end && start < End;
}

/// <summary>
/// A generated document with its true spans and its decoys: values that imitate a type (typed with the type they imitate)
/// but are not personal information — masked values, invalid ID numbers, product codes, service numbers.
/// </summary>
public sealed record LabeledDocument(string Id, string Genre, string Text, IReadOnlyList<LabeledSpan> Spans, IReadOnlyList<LabeledSpan> Decoys);
