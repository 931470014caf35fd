namespace PiplWatch.Detection.Masking;

/// <summary>Removes the value, leaving the name of its type in brackets. GB/T 37964: 抑制 (suppression).</summary>
public sealed class SuppressPolicy : MaskingPolicy
{
    /// <inheritdoc/>
    public override string Name => "suppress";

    /// <inheritdoc/>
    public override string Technique => "抑制 / suppression";

    /// <inheritdoc/>
    public override string Apply(PiiType type, string value) => "[" + type.ToPublicName() + "]";
}
