using PiplWatch.Analytics.Datasets;

namespace PiplWatch.Analytics.Tests.Datasets;

public sealed class ValueParsersTests
{
    [Theory]
    [InlineData("2025/3/1")]
    [InlineData("2025-03-01")]
    [InlineData("2025-03-01 08:00:00")]
    [InlineData("20250301")]
    [InlineData("2025年3月1日")]
    [InlineData("２０２５－０３－０１")]
    [InlineData("45717")]
    [InlineData("2025.3.1")]
    public void TryParseDate_ExportForms_AllMeanMarchFirst(string value)
    {
        Assert.True(ValueParsers.TryParseDate(value, out var date, out var reason), reason);
        Assert.Equal(new DateOnly(2025, 3, 1), date);
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("下周一")]
    [InlineData("")]
    public void TryParseDate_NotADate_SaysWhy(string value)
    {
        Assert.False(ValueParsers.TryParseDate(value, out _, out var reason));
        Assert.NotNull(reason);
    }

    [Fact]
    public void TryParseTimestamp_KeepsTheTime()
    {
        Assert.True(ValueParsers.TryParseTimestamp("2025/3/1 8:05", out var t, out _));
        Assert.Equal(new DateTime(2025, 3, 1, 8, 5, 0), t);
    }

    [Theory]
    [InlineData("'11010519491231002x", "11010519491231002X")]
    [InlineData("\t110105 19491231 002X ", "11010519491231002X")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X")]
    [InlineData("E12345678", "E12345678")]
    public void NormalizeIdentity_CleansExportNoise(string raw, string expected) =>
        Assert.Equal(expected, ValueParsers.NormalizeIdentity(raw));

    [Theory]
    [InlineData("-", null)]
    [InlineData("", null)]
    [InlineData("0", 0L)]
    [InlineData("1,234", 1234L)]
    public void TryParseWholeNumber_EmptyOrDashIsUnknownNotZero(string raw, long? expected)
    {
        Assert.True(ValueParsers.TryParseWholeNumber(raw, out var n, out _));
        Assert.Equal(expected, n);
    }

    [Theory]
    [InlineData("1.5万", 15000)]
    [InlineData("8k", 8000)]
    [InlineData("12,000元", 12000)]
    public void TryParseNumber_UnitsAndSeparators(string raw, double expected)
    {
        Assert.True(ValueParsers.TryParseNumber(raw, out var n, out _));
        Assert.Equal(expected, n);
    }

    [Theory]
    [InlineData("100万元人民币", 1_000_000d, "CNY")]
    [InlineData("100.000000万人民币", 1_000_000d, "CNY")]
    [InlineData("14万美元", 140_000d, "USD")]
    [InlineData("人民币100万元", 1_000_000d, "CNY")]
    [InlineData("5000万(元)", 50_000_000d, "CNY")]
    [InlineData("50 万元", 500_000d, "CNY")]
    [InlineData("1,000万元", 10_000_000d, "CNY")]
    [InlineData("1亿元人民币", 100_000_000d, "CNY")]
    [InlineData("0.1亿元", 10_000_000d, "CNY")]
    [InlineData("200万港元", 2_000_000d, "HKD")]
    [InlineData("200万港币", 2_000_000d, "HKD")]
    [InlineData("30万欧元", 300_000d, "EUR")]
    [InlineData("1000万日元", 10_000_000d, "JPY")]
    [InlineData("5万英镑", 50_000d, "GBP")]
    [InlineData("10万澳元", 100_000d, "AUD")]
    [InlineData("10万加元", 100_000d, "CAD")]
    [InlineData("10万新加坡元", 100_000d, "SGD")]
    [InlineData("500万新台币", 5_000_000d, "TWD")]
    [InlineData("3000000", 3_000_000d, "CNY")]
    [InlineData("8千元", 8_000d, "CNY")]
    [InlineData("1000000 USD", 1_000_000d, "USD")]
    [InlineData("0", 0d, "CNY")]
    // Full-width forms read like half-width ones.
    [InlineData("１００万元人民币", 1_000_000d, "CNY")]
    [InlineData("５０００万（元）", 50_000_000d, "CNY")]
    [InlineData("１，０００万元", 10_000_000d, "CNY")]
    [InlineData("１４．５万美元", 145_000d, "USD")]
    [InlineData("\u3000５０\u3000万元", 500_000d, "CNY")]
    public void TryParseMoney_ExportForms_GiveAmountAndCurrency(string raw, double amount, string currency)
    {
        Assert.True(ValueParsers.TryParseMoney(raw, out var parsed, out var code, out var reason), reason);
        Assert.Equal(amount, parsed);
        Assert.Equal(currency, code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("  －  ")]
    public void TryParseMoney_EmptyOrDash_IsUnknownNotZero(string raw)
    {
        Assert.True(ValueParsers.TryParseMoney(raw, out var amount, out var currency, out var reason), reason);
        Assert.Null(amount);
        Assert.Null(currency);
    }

    [Theory]
    [InlineData("100万卢布", "卢布")]
    [InlineData("约100万元", "约")]
    [InlineData("100万澳门元", "澳门元")]
    [InlineData("-5万元", "negative")]
    [InlineData("100万美元人民币", "more than one currency")]
    [InlineData("人民币", "not an amount")]
    [InlineData("100万元(实缴50万元)", "not an amount")]
    [InlineData("一百万元", "not an amount")]
    public void TryParseMoney_UnreadableValues_FailSayingWhy(string raw, string because)
    {
        Assert.False(ValueParsers.TryParseMoney(raw, out var amount, out var currency, out var reason));
        Assert.Null(amount);
        Assert.Null(currency);
        Assert.NotNull(reason);
        Assert.Contains(because, reason, StringComparison.Ordinal);
        Assert.Contains(ValueParsers.Clean(raw), reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("Y", true)]
    public void TryParseYesNo_ChineseAndLatin(string raw, bool expected)
    {
        Assert.True(ValueParsers.TryParseYesNo(raw, out var flag, out _));
        Assert.Equal(expected, flag);
    }
}
