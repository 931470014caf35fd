namespace PiplWatch.Detection.Masking;

/// <summary>
/// Keeps a coarser truth: an ID number becomes its region code and birth year, an address its district, a phone its
/// block, an IP its /16 network, a plate its issuing area, a name its surname. GB/T 37964: 泛化 (generalization).
/// </summary>
public sealed class GeneralizePolicy : MaskingPolicy
{
    /// <inheritdoc/>
    public override string Name => "generalize";

    /// <inheritdoc/>
    public override string Technique => "泛化 / generalization";

    /// <inheritdoc/>
    public override string Apply(PiiType type, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return type switch
        {
            PiiType.IdCard when value.Length == 18 => $"{value[..6]}（{value.Substring(6, 4)}年生）",
            PiiType.IdCard when value.Length == 15 => $"{value[..6]}（19{value.Substring(6, 2)}年生）",
            PiiType.PhoneMobile => value[..3] + "********",
            PiiType.PhoneLandline => value.Length > 4 ? value[..4] + "-********" : "****",
            PiiType.Address => AddressLevels.CutToDistrict(value),
            PiiType.IpAddress when value.Split('.') is { Length: 4 } octets => $"{octets[0]}.{octets[1]}.0.0/16",
            PiiType.Plate => value[..2],
            PiiType.PersonName => value[..1] + "某",
            PiiType.Email when value.IndexOf('@', StringComparison.Ordinal) is var at and >= 0 => "*" + value[at..],
            PiiType.BankCard => value[..6] + "（发卡行）",
            PiiType.OrgId => value,
            _ => "[" + type.ToPublicName() + "]",
        };
    }
}
