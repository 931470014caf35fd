using System.Globalization;

namespace PiplWatch.Cases.Thresholds;

/// <summary>
/// The figures of a clue that the 2017 interpretation on 侵犯公民个人信息罪 counts (法释〔2017〕10号 art. 5): items by
/// category, illegal gains, and whether the data was obtained in the course of work (insiders: half the thresholds).
/// </summary>
public sealed record ThresholdFigures
{
    /// <summary>行踪轨迹、通信内容、征信信息、财产信息 (threshold 50).</summary>
    public long Sensitive { get; init; }

    /// <summary>住宿信息、通信记录、健康生理信息、交易信息 and the like (threshold 500).</summary>
    public long Important { get; init; }

    /// <summary>Other personal information (threshold 5,000).</summary>
    public long Other { get; init; }

    /// <summary>Illegal gains in yuan (threshold 5,000).</summary>
    public decimal Gains { get; init; }

    /// <summary>Obtained while performing duties or providing services: the thresholds of items (3)–(7) are halved.</summary>
    public bool Insider { get; init; }

    /// <summary>Whether any figure was given.</summary>
    public bool IsEmpty => Sensitive == 0 && Important == 0 && Other == 0 && Gains == 0;
}

/// <summary>How the figures stand against the thresholds.</summary>
public enum ThresholdLevel
{
    /// <summary>Below every threshold.</summary>
    Below,

    /// <summary>情节严重: consider a referral for criminal prosecution.</summary>
    Serious,

    /// <summary>情节特别严重: ten times a threshold.</summary>
    EspeciallySerious,
}

/// <summary>The assessment, with each reason written out and the article it rests on.</summary>
public sealed record ThresholdAssessment(ThresholdLevel Level, double Score, IReadOnlyList<string> Reasons)
{
    /// <summary>Article of Core's legal catalog.</summary>
    public const string LegalId = "CRIM-PI-INTERP-5";

    /// <summary>Whether a referral to criminal prosecution should be considered.</summary>
    public bool ConsiderReferral => Level != ThresholdLevel.Below;
}

/// <summary>
/// Flags clues whose figures reach the thresholds of art. 5 of the 2017 interpretation (legal.md §2.7): 50 / 500 /
/// 5,000 items, 5,000 yuan of gains, half for insiders; below each threshold, the proportional sum
/// n₁/50 + n₂/500 + n₃/5000 reaching 1 (item 6; summing exactly this way is practice, not text, and says so).
/// </summary>
public static class CriminalThresholds
{
    private const double SensitiveThreshold = 50;
    private const double ImportantThreshold = 500;
    private const double OtherThreshold = 5000;
    private const double GainsThreshold = 5000;

    /// <summary>Assesses <paramref name="figures"/>.</summary>
    /// <exception cref="ArgumentException">A negative figure.</exception>
    public static ThresholdAssessment Assess(ThresholdFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Sensitive < 0 || figures.Important < 0 || figures.Other < 0 || figures.Gains < 0)
        {
            throw new ArgumentException("item counts and gains cannot be negative", nameof(figures));
        }

        var factor = figures.Insider ? 0.5 : 1.0;
        var reasons = new List<string>();
        if (figures.Insider)
        {
            reasons.Add("履职或提供服务中获得：第（三）至（七）项标准减半（第五条第一款第八项）");
        }

        var items = new (long Count, double Threshold, string Name, string Item)[]
        {
            (figures.Sensitive, SensitiveThreshold * factor, "行踪轨迹、通信内容、征信、财产信息", "第三项"),
            (figures.Important, ImportantThreshold * factor, "住宿、通信记录、健康生理、交易信息", "第四项"),
            (figures.Other, OtherThreshold * factor, "其他公民个人信息", "第五项"),
        };
        var ratios = new List<double>();
        foreach (var (count, threshold, name, item) in items)
        {
            var ratio = count / threshold;
            ratios.Add(ratio);
            if (count > 0)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {count} 条，标准 {threshold:0.#} 条（{item}），达到标准的 {ratio:0.##} 倍"));
            }
        }

        var sum = ratios.Sum();
        var categories = items.Count(i => i.Count > 0);
        if (categories > 1)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"各类信息按比例合计 {sum:0.##}（第六项；按 n₁/50+n₂/500+n₃/5000 折算为司法实践做法，条文未规定算式，未经核实）"));
        }

        var gainsRatio = (double)figures.Gains / (GainsThreshold * factor);
        if (figures.Gains > 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"违法所得 {figures.Gains:0.##} 元，标准 {GainsThreshold * factor:0} 元（第七项），达到标准的 {gainsRatio:0.##} 倍"));
        }

        var score = Math.Max(Math.Max(ratios.Max(), sum), gainsRatio);
        var level = score >= 10 ? ThresholdLevel.EspeciallySerious : score >= 1 ? ThresholdLevel.Serious : ThresholdLevel.Below;
        reasons.Add(level switch
        {
            ThresholdLevel.EspeciallySerious => "达到标准十倍以上：可能属“情节特别严重”（第五条第二款），建议移送刑事立案",
            ThresholdLevel.Serious => "达到“情节严重”标准（第五条第一款），建议考虑移送刑事立案",
            _ => "未达到入罪数量或数额标准；注意第一、二、九、十项等非数量情形仍需个案判断",
        });
        return new ThresholdAssessment(level, Math.Round(score, 4), reasons);
    }
}
