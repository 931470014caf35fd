using PiplWatch.Core.Masking;

namespace PiplWatch.Detection.Masking;

/// <summary>
/// The platform's own masking for screens and exports (Core's <see cref="DisplayMask"/>), extended to every type.
/// GB/T 37964: 屏蔽 (masking).
/// </summary>
public sealed class DisplayPolicy : MaskingPolicy
{
    /// <inheritdoc/>
    public override string Name => "display";

    /// <inheritdoc/>
    public override string Technique => "屏蔽（部分字符掩码）/ masking";

    /// <inheritdoc/>
    public override string Apply(PiiType type, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return type switch
        {
            PiiType.IdCard => DisplayMask.IdNumber(value),
            PiiType.PhoneMobile or PiiType.PhoneLandline => DisplayMask.Phone(value),
            PiiType.BankCard => DisplayMask.BankCard(value),
            PiiType.Email => DisplayMask.Email(value),
            PiiType.PersonName => DisplayMask.Name(value),
            PiiType.Passport or PiiType.HkMacauPermit => DisplayMask.Keep(value, 1, 3),
            PiiType.Plate => DisplayMask.Keep(value, 2, 2),
            PiiType.IpAddress => MaskIp(value),
            PiiType.Address => AddressLevels.CutToDistrict(value) + "****",
            // A company's code identifies a company, not a person: shown in full so agencies can act on it.
            PiiType.OrgId => value,
            _ => DisplayMask.Keep(value, 0, 0),
        };
    }

    private static string MaskIp(string value)
    {
        var dots = value.Split('.');
        return dots.Length == 4 ? $"{dots[0]}.{dots[1]}.*.*" : DisplayMask.Keep(value, 4, 0);
    }
}
