using System.Text;

namespace PiplWatch.Detection.Tests.Corpus;

/// <summary>Appends text and values, recording where each labeled value and each decoy lands.</summary>
internal sealed class DocumentBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<LabeledSpan> _spans = [];
    private readonly List<LabeledSpan> _decoys = [];

    public DocumentBuilder Text(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>
    /// Appends a value and labels it. Brackets and a plus sign at its edges ("(0311)…", "+86 …") are written but not
    /// labeled: a span runs from the value's first letter or digit to its last.
    /// </summary>
    public DocumentBuilder Pii(PiiType type, string value) => Add(_spans, type, value);

    /// <summary>Appends a value that imitates <paramref name="type"/> but is not personal information.</summary>
    public DocumentBuilder Decoy(PiiType type, string value) => Add(_decoys, type, value);

    public LabeledDocument Build(string id, string genre) => new(id, genre, _text.ToString(), [.. _spans], [.. _decoys]);

    private DocumentBuilder Add(List<LabeledSpan> list, PiiType type, string value)
    {
        var lead = 0;
        while (lead < value.Length && value[lead] is '(' or '（' or '+' or '[')
        {
            lead++;
        }

        var trail = value.Length;
        while (trail > lead && value[trail - 1] is ')' or '）' or ']')
        {
            trail--;
        }

        var start = _text.Length + lead;
        _text.Append(value);
        if (trail > lead)
        {
            list.Add(new LabeledSpan(type, start, start + trail - lead));
        }

        return this;
    }
}
