using System.Text;

namespace PiplWatch.Detection.Masking;

/// <summary>Applies a policy to a text: every hit is replaced by the policy's value, everything else is kept.</summary>
public static class TextMasker
{
    /// <summary>The text with each of <paramref name="hits"/> (ordered, non-overlapping, as the detector returns them) replaced.</summary>
    public static string Mask(string text, IReadOnlyList<PiiHit> hits, MaskingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(policy);
        if (hits.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var hit in hits)
        {
            if (hit.Start < position)
            {
                throw new ArgumentException("Hits must be ordered and must not overlap.", nameof(hits));
            }

            builder.Append(text, position, hit.Start - position);
            builder.Append(policy.Apply(hit.Type, hit.Type == PiiType.PersonName || hit.Type == PiiType.Address ? text[hit.Start..hit.End] : hit.Value));
            position = hit.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
