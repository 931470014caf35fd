using System.Globalization;

namespace PiplWatch.Cases.Damages;

/// <summary>How serious the harm was, as the panel weighs it.</summary>
public enum HarmLevel
{
    /// <summary>Exposure without further harm shown.</summary>
    Ordinary,

    /// <summary>Harassment, fraud attempts or other harm that followed.</summary>
    Serious,

    /// <summary>Minors, insults and calls to harass, or lasting damage.</summary>
    Severe,
}

/// <summary>
/// The factors of the N4 method (the doxxing case, where an expert panel weighed them): items by kind, how far they
/// spread, the harm, what repair costs, criminal fines already imposed and what the defendants can pay. Unit values
/// and weights are the panel's assumptions, given here with defaults that must be reviewed case by case.
/// </summary>
public sealed record FactorInputs
{
    /// <summary>Items of whereabouts, communication content, credit or property information.</summary>
    public long SensitiveItems { get; init; }

    /// <summary>Items of accommodation, communication records, health or transaction information.</summary>
    public long ImportantItems { get; init; }

    /// <summary>Other items.</summary>
    public long OtherItems { get; init; }

    /// <summary>Yuan per sensitive item (assumption; default 20).</summary>
    public decimal SensitiveUnit { get; init; } = 20m;

    /// <summary>Yuan per important item (assumption; default 5).</summary>
    public decimal ImportantUnit { get; init; } = 5m;

    /// <summary>Yuan per other item (assumption; default 1).</summary>
    public decimal OtherUnit { get; init; } = 1m;

    /// <summary>Times the data was viewed or downloaded.</summary>
    public long Views { get; init; }

    /// <summary>The harm.</summary>
    public HarmLevel Harm { get; init; } = HarmLevel.Ordinary;

    /// <summary>Cost of repair (deletion, notices, apology in national media), yuan.</summary>
    public decimal RepairCost { get; init; }

    /// <summary>Criminal fines already imposed on the same defendants, yuan.</summary>
    public decimal CriminalFines { get; init; }

    /// <summary>Share of those fines offset against the damages (assumption; default 0.5).</summary>
    public decimal FineOffset { get; init; } = 0.5m;

    /// <summary>What the defendants can pay, yuan; null when unknown.</summary>
    public decimal? AbilityToPay { get; init; }
}

/// <summary>An amount or range of public-interest damages with the reasoning written out.</summary>
public sealed record DamagesResult(string Method, decimal Low, decimal Point, decimal High, IReadOnlyList<string> Reasoning);

/// <summary>
/// 公益损害赔偿金 by the two methods of the seed cases: by illegal gains (O5 739,581.08 yuan, O6 38,760, O7 240,183.08:
/// the gains set the damages, and confiscating them in the criminal case does not bar the claim, as O5's appeal
/// confirmed) and by factors (N4: an expert panel weighing items, spread, harm, repair, fines and ability to pay).
/// </summary>
public static class DamagesCalculator
{
    /// <summary>Damages equal to the illegal gains.</summary>
    /// <exception cref="ArgumentException">Gains not positive.</exception>
    public static DamagesResult ByGains(decimal gains)
    {
        if (gains <= 0)
        {
            throw new ArgumentException("illegal gains must be a positive amount in yuan", nameof(gains));
        }

        var amount = decimal.Round(gains, 2);
        return new DamagesResult("gains", amount, amount, amount,
        [
            string.Create(CultureInfo.InvariantCulture, $"以违法所得 {amount:N2} 元确定公益损害赔偿金（O5、O6、O7 的做法）"),
            "刑事判决没收违法所得不妨碍主张公益损害赔偿（O5 二审确认二者可以并用）",
        ]);
    }

    /// <summary>A range weighed from <paramref name="inputs"/>, every step written out.</summary>
    /// <exception cref="ArgumentException">Negative figures, or no items.</exception>
    public static DamagesResult ByFactors(FactorInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.SensitiveItems < 0 || inputs.ImportantItems < 0 || inputs.OtherItems < 0 || inputs.Views < 0 || inputs.RepairCost < 0 || inputs.CriminalFines < 0
            || inputs.SensitiveUnit < 0 || inputs.ImportantUnit < 0 || inputs.OtherUnit < 0 || inputs.FineOffset is < 0 or > 1 || inputs.AbilityToPay < 0)
        {
            throw new ArgumentException("figures cannot be negative, and the fine offset is a share between 0 and 1", nameof(inputs));
        }

        if (inputs.SensitiveItems + inputs.ImportantItems + inputs.OtherItems == 0)
        {
            throw new ArgumentException("give the number of items (sensitive, important or other)", nameof(inputs));
        }

        var reasoning = new List<string>();
        var baseValue = (inputs.SensitiveItems * inputs.SensitiveUnit) + (inputs.ImportantItems * inputs.ImportantUnit) + (inputs.OtherItems * inputs.OtherUnit);
        reasoning.Add(string.Create(CultureInfo.InvariantCulture,
            $"基数：行踪通信征信财产类 {inputs.SensitiveItems} 条 × {inputs.SensitiveUnit} 元 + 住宿通信记录健康交易类 {inputs.ImportantItems} 条 × {inputs.ImportantUnit} 元 + 其他 {inputs.OtherItems} 条 × {inputs.OtherUnit} 元 = {baseValue:N2} 元（单价为可调整的假设，非法定标准）"));

        // Spread grows with the logarithm of views: ten times the views is one more step, not ten times the damages.
        var spread = 1m + (decimal)Math.Round(Math.Log10(1 + (inputs.Views / 10_000.0)), 3);
        reasoning.Add(string.Create(CultureInfo.InvariantCulture, $"传播系数：浏览 {inputs.Views} 次，1 + log10(1 + 浏览量/10000) = {spread:0.###}"));
        var harm = inputs.Harm switch { HarmLevel.Severe => 2.0m, HarmLevel.Serious => 1.5m, _ => 1.0m };
        reasoning.Add(string.Create(CultureInfo.InvariantCulture, $"损害系数：{(inputs.Harm switch { HarmLevel.Severe => "严重（涉及未成年人、侮辱或煽动骚扰等）", HarmLevel.Serious => "较重（引发骚扰、诈骗等后果）", _ => "一般" })} × {harm}"));
        var point = (baseValue * spread * harm) + inputs.RepairCost;
        reasoning.Add(string.Create(CultureInfo.InvariantCulture, $"{baseValue:N2} × {spread:0.###} × {harm} + 修复费用 {inputs.RepairCost:N2} = {point:N2} 元"));
        if (inputs.CriminalFines > 0)
        {
            var offset = inputs.CriminalFines * inputs.FineOffset;
            point = Math.Max(0, point - offset);
            reasoning.Add(string.Create(CultureInfo.InvariantCulture, $"已判处罚金 {inputs.CriminalFines:N2} 元，按 {inputs.FineOffset:P0} 折抵 {offset:N2} 元，余 {point:N2} 元"));
        }

        var low = RoundToThousand(point * 0.8m);
        var high = RoundToThousand(point * 1.2m);
        point = RoundToThousand(point);
        if (inputs.AbilityToPay is { } ability && high > ability)
        {
            high = ability;
            low = Math.Min(low, ability);
            point = Math.Min(point, ability);
            reasoning.Add(string.Create(CultureInfo.InvariantCulture, $"被告支付能力约 {ability:N2} 元：区间上限以此为限"));
        }

        reasoning.Add(string.Create(CultureInfo.InvariantCulture, $"建议区间 {low:N0}–{high:N0} 元（中值 {point:N0} 元，上下浮动 20%，取整到千元）；最终数额由专家评估或法院裁量"));
        return new DamagesResult("factors", low, point, high, reasoning);
    }

    private static decimal RoundToThousand(decimal value) => decimal.Round(value / 1000m, MidpointRounding.AwayFromZero) * 1000m;
}
