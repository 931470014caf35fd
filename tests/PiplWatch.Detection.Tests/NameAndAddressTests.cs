namespace PiplWatch.Detection.Tests;

public sealed class NameAndAddressTests(DetectorFixture fixture) : IClassFixture<DetectorFixture>
{
    [Theory]
    [InlineData("姓名：张三丰，性别：男", "张三丰")]
    [InlineData("联系人 李娜 13812345678", "李娜")]
    [InlineData("患者王小明，男，45岁", "王小明")]
    [InlineData("收件人：欧阳娜娜", "欧阳娜娜")]
    [InlineData("尊敬的赵丽女士：", "赵丽")]
    [InlineData("1 刘伟 11010519491231002X 3", "刘伟")]
    public void PersonName_InContext_IsFound(string text, string name) =>
        Assert.Equal(name, fixture.OnlyHit(text, PiiType.PersonName).Value);

    [Theory]
    [InlineData("姓名：张*，身份证号：110101********123X")]
    [InlineData("联系人张某，电话138****5678")]
    [InlineData("王先生来电咨询")]
    [InlineData("国务院办公厅发布通知，部署全国工作。")]
    [InlineData("判令被告支付公益损害赔偿金")] // 支付 begins the candidate: not a name
    [InlineData("原告方便时可来电")]
    public void PersonName_MaskedOrWithoutContext_IsNotFound(string text) =>
        Assert.DoesNotContain(fixture.Hits(text), h => h.Type == PiiType.PersonName);

    [Fact]
    public void PersonName_WholeCellUnderNameColumn_IsFound() =>
        Assert.Equal(PiiType.PersonName, Assert.Single(fixture.Detector.Detect("陈静", "姓名")).Type);

    [Theory]
    [InlineData("住址：河北省保定市徐水区人民路88号3栋2单元401室。", "河北省保定市徐水区人民路88号3栋2单元401室")]
    [InlineData("家住沈阳市大东区小北街12号", "沈阳市大东区小北街12号")]
    [InlineData("寄至人民路88号3栋401室，谢谢", "人民路88号3栋401室")]
    public void Address_DoorLevel_IsFound(string text, string address) =>
        Assert.Equal(address, fixture.OnlyHit(text, PiiType.Address).Value);

    [Theory]
    [InlineData("他来自保定市。")]
    [InlineData("会议在北京市朝阳区举行")]
    public void Address_CityOrDistrictAlone_IsNotAnAddress(string text) =>
        Assert.DoesNotContain(fixture.Hits(text), h => h.Type == PiiType.Address);
}
