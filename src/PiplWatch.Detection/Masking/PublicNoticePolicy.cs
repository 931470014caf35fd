using PiplWatch.Core.Masking;

namespace PiplWatch.Detection.Masking;

/// <summary>
/// The rule adopted after scenario O8 for notices that must stay public: a two-character name hides its second
/// character, a three-character name its middle one (four: the middle two); ID digits 7–14 hidden; phone digits 4–7
/// hidden; addresses cut to street level. GB/T 37964: 屏蔽 (masking, partial suppression of characters).
/// </summary>
public sealed class PublicNoticePolicy : MaskingPolicy
{
    /// <inheritdoc/>
    public override string Name => "public-notice";

    /// <inheritdoc/>
    public override string Technique => "屏蔽（部分字符掩码）/ masking";

    /// <inheritdoc/>
    public override string Apply(PiiType type, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return type switch
        {
            PiiType.PersonName => value.Length switch
            {
                <= 1 => value,
                2 => value[0] + "*",
                3 => $"{value[0]}*{value[2]}",
                _ => value[0] + new string('*', value.Length - 2) + value[^1],
            },
            PiiType.IdCard when value.Length == 18 => DisplayMask.Keep(value, 6, 4),
            PiiType.IdCard => DisplayMask.Keep(value, 6, 3),
            PiiType.PhoneMobile => DisplayMask.Keep(value, 3, 4),
            PiiType.Address => AddressLevels.CutToStreet(value),
            _ => new DisplayPolicy().Apply(type, value),
        };
    }
}
