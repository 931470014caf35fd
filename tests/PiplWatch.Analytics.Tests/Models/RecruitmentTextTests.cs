using PiplWatch.Analytics.Models.FakeRecruitment;

namespace PiplWatch.Analytics.Tests.Models;

public sealed class RecruitmentTextTests
{
    [Theory]
    [InlineData("入职需交押金200元", "deposit=押金")]
    [InlineData("不收押金；但需交体检费", "deposit=体检费")]
    [InlineData("不收取任何押金、培训费、服装费", null)]
    [InlineData("公司免押金，包吃住", null)]
    [InlineData("押金入职三个月后退还", "deposit=押金")]
    [InlineData("请先将身份证复印件发到邮箱", "id_card=身份证复印件发到")]
    [InlineData("入职需押身份证", "id_card=押身份证")]
    [InlineData("入职当天携带身份证原件及学历证书", null)]
    [InlineData("需本人办理一张银行卡用于走账", "bank_card=办理一张银行卡")]
    [InlineData("高价回收银行卡、对公账户", "bank_card=回收银行卡")]
    [InlineData("工资每月15日发放到本人银行卡", null)]
    [InlineData("详情加ＶＸ：ｈｒ２０２６ａｂ", "off_platform=加vx")]
    [InlineData("有意者 QQ：123456789", "off_platform=qq：123456789")]
    [InlineData("请通过平台在线沟通", null)]
    [InlineData("押身份证，交押金，加微信", "id_card=押身份证|deposit=押金|off_platform=加微信")]
    public void EncodeFlags_FindsRequestsAndHonoursNegation(string text, string? expected)
    {
        Assert.Equal(expected, RecruitmentText.EncodeFlags(text));
    }

    [Theory]
    [InlineData("普工（急招）", "普工")]
    [InlineData("【日结】普工 ", "普工")]
    [InlineData("Java开发工程师(远程)", "java开发工程师")]
    [InlineData("（急招）", null)]
    [InlineData(null, null)]
    public void TitleKey_DropsBracketedRemarksAndPunctuation(string? title, string? expected)
    {
        Assert.Equal(expected, RecruitmentText.TitleKey(title));
    }

    [Theory]
    [InlineData("+86 138-0013-8000", "13800138000")]
    [InlineData("0086 13800138000", "13800138000")]
    [InlineData("８６１３８００１３８０００", "13800138000")]
    [InlineData("020-8888 6666", "02088886666")]
    [InlineData("12345", null)]
    public void PhoneKey_KeepsTheNumberWithoutTheCountryCode(string phone, string? expected)
    {
        Assert.Equal(expected, RecruitmentText.PhoneKey(phone));
    }

    [Fact]
    public void AddressKey_FoldsWidthAndPunctuationButKeepsRooms()
    {
        Assert.Equal(RecruitmentText.AddressKey("广州市天河区天河路100号 1201室"), RecruitmentText.AddressKey("广州市天河区天河路１００号１２０１室"));
        Assert.NotEqual(RecruitmentText.AddressKey("天河路100号1201室"), RecruitmentText.AddressKey("天河路100号1202室"));
    }
}
