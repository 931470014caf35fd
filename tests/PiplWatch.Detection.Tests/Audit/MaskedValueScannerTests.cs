using PiplWatch.Detection.Audit;

namespace PiplWatch.Detection.Tests.Audit;

public sealed class MaskedValueScannerTests
{
    [Theory]
    [InlineData("110101********123X", true)]
    [InlineData("4****************3", true)]
    [InlineData("11010519491231****", false)]
    [InlineData("110101****1231002X", false)]
    [InlineData("110105******002", true)]
    public void Find_MaskedIds_JudgedAgainstThePublicNoticeStandard(string value, bool meets)
    {
        var found = Assert.Single(MaskedValueScanner.Find("身份证号：" + value + "。"));

        Assert.Equal(MaskedKind.IdCard, found.Kind);
        Assert.Equal(meets, found.MeetsPublicNoticeStandard);
        Assert.Equal(5, found.Start);
    }

    [Theory]
    [InlineData("138****5678", true)]
    [InlineData("1381234****", false)]
    public void Find_MaskedPhones(string value, bool meets) =>
        Assert.Equal(meets, Assert.Single(MaskedValueScanner.Find("电话 " + value)).MeetsPublicNoticeStandard);

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("金额 ****")]
    [InlineData("SN12****5678AB")]
    public void Find_UnmaskedOrNotAValue_FindsNothing(string text) => Assert.Empty(MaskedValueScanner.Find(text));
}
