using PiplWatch.Core.Masking;

namespace PiplWatch.Core.Tests.Masking;

public sealed class DisplayMaskTests
{
    [Theory]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("110105 1949 1231 002x", "110105********002x")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ", "110105********002X")]
    [InlineData("110105491231002", "110105******002")]
    public void IdNumber_KeepsRegionAndLastFour(string value, string expected) => Assert.Equal(expected, DisplayMask.IdNumber(value));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+86 138-1234-5678", "138****5678")]
    [InlineData("008613812345678", "138****5678")]
    [InlineData("0311-87654321", "0311****4321")]
    public void Phone_KeepsPrefixAndLastFour(string value, string expected) => Assert.Equal(expected, DisplayMask.Phone(value));

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("张三丰", "张**")]
    [InlineData("欧阳娜娜", "欧阳**")]
    [InlineData("司马光", "司马*")]
    [InlineData("买买提·艾力", "买**·**")]
    [InlineData("李", "李")]
    public void Name_KeepsSurname(string value, string expected) => Assert.Equal(expected, DisplayMask.Name(value));

    [Theory]
    [InlineData("6222021234567890123", "622202*********0123")]
    public void BankCard_KeepsIssuerAndLastFour(string value, string expected) => Assert.Equal(expected, DisplayMask.BankCard(value));

    [Theory]
    [InlineData("zhangsan@example.com", "z*******@example.com")]
    [InlineData("ab@example.cn", "a***@example.cn")]
    public void Email_KeepsFirstCharacterAndDomain(string value, string expected) => Assert.Equal(expected, DisplayMask.Email(value));

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("13812345678")]
    [InlineData("12")]
    [InlineData("123456789")]
    public void Masking_IsIdempotent(string value)
    {
        Assert.Equal(DisplayMask.IdNumber(value), DisplayMask.IdNumber(DisplayMask.IdNumber(value)));
        Assert.Equal(DisplayMask.Phone(value), DisplayMask.Phone(DisplayMask.Phone(value)));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("12")]
    [InlineData("123")]
    public void Keep_ShortValue_NeverShownWhole(string value) => Assert.NotEqual(value, DisplayMask.Keep(value, 2, 2));

    [Theory]
    [InlineData("110101********123X", true)]
    [InlineData("138****5678", true)]
    [InlineData("张*", true)]
    [InlineData("13812345678", false)]
    public void IsMasked_RecognisesMaskCharacters(string value, bool expected) => Assert.Equal(expected, DisplayMask.IsMasked(value));
}
