using PiplWatch.Cases.Damages;

namespace PiplWatch.Cases.Tests.Damages;

public sealed class DamagesCalculatorTests
{
    [Theory]
    [InlineData("739581.08")] // O5
    [InlineData("38760")] // O6
    [InlineData("240183.08")] // O7
    public void Gains_set_the_damages_of_the_seed_cases(string gains)
    {
        var amount = decimal.Parse(gains, System.Globalization.CultureInfo.InvariantCulture);
        var result = DamagesCalculator.ByGains(amount);
        Assert.Equal((amount, amount, amount), (result.Low, result.Point, result.High));
        Assert.Contains(result.Reasoning, r => r.Contains("并用", StringComparison.Ordinal));
    }

    [Fact]
    public void Factors_give_a_range_with_every_step_written_out()
    {
        var result = DamagesCalculator.ByFactors(new FactorInputs { SensitiveItems = 1200, Views = 4_000_000, Harm = HarmLevel.Severe, RepairCost = 10_000, CriminalFines = 20_000 });

        // 1200 × 20 = 24,000; spread 1 + log10(401) = 3.603; × 2 = 172,944 + 10,000 = 182,944; − 10,000 of fines = 172,944.
        Assert.Equal(173_000m, result.Point);
        Assert.Equal(138_000m, result.Low);
        Assert.Equal(208_000m, result.High);
        Assert.Contains(result.Reasoning, r => r.Contains("3.603", StringComparison.Ordinal));
        Assert.Contains(result.Reasoning, r => r.Contains("非法定标准", StringComparison.Ordinal));
    }

    [Fact]
    public void Ability_to_pay_caps_the_range()
    {
        var result = DamagesCalculator.ByFactors(new FactorInputs { SensitiveItems = 1200, Views = 4_000_000, Harm = HarmLevel.Severe, AbilityToPay = 100_000 });
        Assert.Equal(100_000m, result.High);
        Assert.True(result.Point <= result.High);
        Assert.Contains(result.Reasoning, r => r.Contains("支付能力", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_figures_are_refused()
    {
        Assert.Throws<ArgumentException>(() => DamagesCalculator.ByGains(0));
        Assert.Throws<ArgumentException>(() => DamagesCalculator.ByFactors(new FactorInputs()));
        Assert.Throws<ArgumentException>(() => DamagesCalculator.ByFactors(new FactorInputs { OtherItems = 10, FineOffset = 2 }));
    }
}
