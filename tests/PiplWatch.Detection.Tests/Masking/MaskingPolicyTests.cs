using System.Text;
using PiplWatch.Detection.Masking;

namespace PiplWatch.Detection.Tests.Masking;

public sealed class MaskingPolicyTests(DetectorFixture fixture) : IClassFixture<DetectorFixture>
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("test-key-not-a-secret-0123456789");

    [Theory]
    [InlineData(PiiType.PersonName, "张三", "张*")]
    [InlineData(PiiType.PersonName, "张三丰", "张*丰")]
    [InlineData(PiiType.PersonName, "欧阳娜娜", "欧**娜")]
    [InlineData(PiiType.IdCard, "11010519491231002X", "110105********002X")]
    [InlineData(PiiType.PhoneMobile, "13812345678", "138****5678")]
    [InlineData(PiiType.Address, "河北省保定市徐水区人民路88号3栋2单元401室", "河北省保定市徐水区人民路")]
    [InlineData(PiiType.Address, "沈阳市大东区小北街道新光小区12号楼3单元", "沈阳市大东区小北街道")]
    public void PublicNotice_FollowsTheO8Rule(PiiType type, string value, string expected) =>
        Assert.Equal(expected, MaskingPolicies.Get("public-notice").Apply(type, value));

    [Theory]
    [InlineData(PiiType.IdCard, "11010519491231002X", "110105（1949年生）")]
    [InlineData(PiiType.Address, "河北省保定市徐水区人民路88号", "河北省保定市徐水区")]
    [InlineData(PiiType.IpAddress, "203.0.113.45", "203.0.0.0/16")]
    [InlineData(PiiType.PersonName, "张三", "张某")]
    public void Generalize_KeepsACoarserTruth(PiiType type, string value, string expected) =>
        Assert.Equal(expected, MaskingPolicies.Get("generalize").Apply(type, value));

    [Fact]
    public void Pseudonymize_IsStablePerValueAndKeyedAndTyped()
    {
        var policy = MaskingPolicies.Get("pseudonymize", Key);
        var other = MaskingPolicies.Get("pseudonymize", Encoding.UTF8.GetBytes("another-key-0123456789abcdef"));

        var a = policy.Apply(PiiType.IdCard, "11010519491231002X");

        Assert.Equal(a, policy.Apply(PiiType.IdCard, "11010519491231002x"));
        Assert.NotEqual(a, other.Apply(PiiType.IdCard, "11010519491231002X"));
        Assert.NotEqual(policy.Apply(PiiType.PhoneMobile, "13812345678"), policy.Apply(PiiType.BankCard, "13812345678"));
        Assert.Matches("^ID_CARD_[0-9a-f]{16}$", a);
        Assert.DoesNotContain("test-key", policy.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Pseudonymize_WithoutKey_SaysWhereTheKeyComesFrom()
    {
        var error = Assert.Throws<ArgumentException>(() => MaskingPolicies.Get("pseudonymize"));

        Assert.Contains("PIPLWATCH_PSEUDONYM_KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownPolicy_ListsTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => MaskingPolicies.Get("blackout"));

        Assert.Contains("public-notice", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public-notice")]
    [InlineData("display")]
    [InlineData("generalize")]
    [InlineData("suppress")]
    [InlineData("pseudonymize")]
    public void MaskText_LeavesNoDetectablePii_AndIsIdempotent(string name)
    {
        // Arrange
        var policy = MaskingPolicies.Get(name, Key);
        var text = "申请人：张三丰，身份证号11010519491231002X，手机13812345678，住址：河北省保定市徐水区人民路88号3栋401室。";

        // Act
        var masked = TextMasker.Mask(text, fixture.Hits(text), policy);
        var again = TextMasker.Mask(masked, fixture.Hits(masked), policy);

        // Assert
        Assert.DoesNotContain(fixture.Hits(masked), h => h.Type is PiiType.IdCard or PiiType.PhoneMobile);
        Assert.DoesNotContain("11010519491231002X", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", masked, StringComparison.Ordinal);
        Assert.Equal(masked, again);
        Assert.StartsWith("申请人：", masked, StringComparison.Ordinal);
    }
}
