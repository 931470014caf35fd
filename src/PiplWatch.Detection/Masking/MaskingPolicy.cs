namespace PiplWatch.Detection.Masking;

/// <summary>
/// A named way of de-identifying values, applied per type. Each policy says which technique of GB/T 37964
/// (个人信息去标识化指南) it is, so a report can state how published data was treated.
/// </summary>
public abstract class MaskingPolicy
{
    /// <summary>The policy's name on the command line and in reports (<c>public-notice</c>, <c>display</c> …).</summary>
    public abstract string Name { get; }

    /// <summary>The GB/T 37964 technique, in Chinese and English.</summary>
    public abstract string Technique { get; }

    /// <summary>The replacement for <paramref name="value"/> (a detected value in canonical form) of <paramref name="type"/>.</summary>
    public abstract string Apply(PiiType type, string value);
}
