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
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("Y", true)]
    public void TryParseYesNo_ChineseAndLatin(string raw, bool expected)
    {
        Assert.True(ValueParsers.TryParseYesNo(raw, out var flag, out _));
        Assert.Equal(expected, flag);
    }
}
