namespace PiplWatch.Detection.Tests;

public sealed class StructuredTypeTests(DetectorFixture fixture) : IClassFixture<DetectorFixture>
{
    [Theory]
    [InlineData("身份证号：11010519491231002X。", "11010519491231002X")]
    [InlineData("证件号码 11010519491231002x", "11010519491231002X")]
    [InlineData("ID 1101 0519 4912 3100 2X 已登记", "11010519491231002X")]
    [InlineData("号码：110105-19491231-002X", "11010519491231002X")]
    [InlineData("<td>1101<span>0519491231</span>002X</td>", "11010519491231002X")]
    [InlineData("身份证：１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X")]
    [InlineData("440524188001010014", "440524188001010014")]
    [InlineData("旧证 110105491231002 换发", "110105491231002")]
    public void IdCard_ValidNumbers_AreFoundWithOffsets(string text, string value)
    {
        var hit = fixture.OnlyHit(text, PiiType.IdCard);

        Assert.Equal(value, hit.Value);
        Assert.True(hit.Score >= 0.9 || value.Length == 15);
        Assert.True(hit.Start >= 0 && hit.End <= text.Length && hit.End > hit.Start);
    }

    [Theory]
    [InlineData("身份证号：110105194912310021")]
    [InlineData("身份证号：110105194913310028")]
    [InlineData("身份证号：999999194912310025")]
    [InlineData("身份证号：110105209912310027")]
    [InlineData("身份证号：110101********123X")]
    [InlineData("订单号 DD11010519491231002X")]
    [InlineData("流水 211010519491231002X3")]
    public void IdCard_InvalidOrMaskedOrEmbedded_IsNotFound(string text) =>
        Assert.DoesNotContain(fixture.Hits(text), h => h.Type == PiiType.IdCard);

    [Fact]
    public void IdCard_RetiredRegionCode_IsValid()
    {
        // 110103 崇文区 was retired in 2010; IDs issued before keep it.
        var first17 = "11010319800101001";
        var id = first17 + Validation.IdNumber.CheckChar(first17);

        Assert.Equal(id, fixture.OnlyHit("身份证 " + id, PiiType.IdCard).Value);
    }

    [Fact]
    public void IdCard_ResidencePermit_CountsAsIdCard()
    {
        var first17 = "81000019900101001";
        var id = first17 + Validation.IdNumber.CheckChar(first17);

        Assert.Equal(id, fixture.OnlyHit("居住证号码：" + id, PiiType.IdCard).Value);
    }

    [Fact]
    public void IdCard_ThatAlsoPassesLuhn_IsIdCard()
    {
        // Search generated IDs for one that also passes Luhn: the ID must win.
        for (var seq = 0; seq < 1000; seq++)
        {
            var first17 = $"11010519800101{seq:000}";
            var id = first17 + Validation.IdNumber.CheckChar(first17);
            if (id[^1] != 'X' && Validation.Luhn.IsValid(id))
            {
                var hits = fixture.Hits("卡号 " + id);
                Assert.Equal(PiiType.IdCard, Assert.Single(hits).Type);
                return;
            }
        }

        Assert.Fail("no Luhn-valid ID generated");
    }

    [Theory]
    [InlineData("手机：13812345678", "13812345678")]
    [InlineData("电话 138-1234-5678", "13812345678")]
    [InlineData("Tel +86 138 1234 5678", "13812345678")]
    [InlineData("拨打008619912345678", "19912345678")]
    [InlineData("联系方式：１３８１２３４５６７８", "13812345678")]
    [InlineData("请联系19212345678（广电）", "19212345678")]
    public void PhoneMobile_Formats_AreFound(string text, string value) =>
        Assert.Equal(value, fixture.OnlyHit(text, PiiType.PhoneMobile).Value);

    [Theory]
    [InlineData("手机：12812345678")]
    [InlineData("手机：138****5678")]
    [InlineData("单号 138123456789")]
    [InlineData("订单号：13812345678")]
    public void PhoneMobile_InvalidMaskedOrNegativeContext_IsNotFound(string text) =>
        Assert.DoesNotContain(fixture.Hits(text), h => h.Type == PiiType.PhoneMobile);

    [Fact]
    public void PhoneMobile_TwoNumbersSeparatedBySpace_AreTwoHits()
    {
        var hits = fixture.Hits("电话 13812345678 13912345678").Where(h => h.Type == PiiType.PhoneMobile).ToList();

        Assert.Equal(["13812345678", "13912345678"], hits.Select(h => h.Value));
    }

    [Theory]
    [InlineData("电话：0311-87654321", "031187654321")]
    [InlineData("座机 (010)65123456", "01065123456")]
    [InlineData("传真 020-8765-4321", "02087654321")]
    public void PhoneLandline_AreaCodeAndNumber_AreFound(string text, string value) =>
        Assert.Equal(value, fixture.OnlyHit(text, PiiType.PhoneLandline).Value);

    [Theory]
    [InlineData("客服热线 400-800-1234")]
    [InlineData("拨打 95588 咨询")]
    [InlineData("报警 110，急救 120")]
    public void PhoneLandline_ServiceNumbers_AreNotPersonal(string text) =>
        Assert.DoesNotContain(fixture.Hits(text), h => h.Type is PiiType.PhoneLandline or PiiType.PhoneMobile);

    [Theory]
    [InlineData("银行卡号：6222 0212 3456 7890 128")]
    [InlineData("卡号 4111111111111111")]
    public void BankCard_LuhnAndIssuer_AreFound(string text) =>
        Assert.Equal(PiiType.BankCard, fixture.OnlyHit(text, PiiType.BankCard).Type);

    [Theory]
    [InlineData("卡号 6222021234567890124")]
    [InlineData("订单号 6222021234567890128")]
    [InlineData("卡号 1234567812345670")]
    public void BankCard_FailsLuhnOrIssuerOrOrderNumber_IsNotFound(string text) =>
        Assert.DoesNotContain(fixture.Hits(text), h => h.Type == PiiType.BankCard);

    [Theory]
    [InlineData("统一社会信用代码：91110000600037341L", "91110000600037341L")]
    [InlineData("信用代码 91110000600037341l", "91110000600037341L")]
    public void OrgId_CheckCharacter_IsValidated(string text, string value) =>
        Assert.Equal(value, fixture.OnlyHit(text, PiiType.OrgId).Value);

    [Fact]
    public void OrgId_WrongCheckCharacter_IsNotFound() =>
        Assert.DoesNotContain(fixture.Hits("统一社会信用代码：91110000600037341M"), h => h.Type == PiiType.OrgId);

    [Theory]
    [InlineData("护照号码：E12345678", PiiType.Passport)]
    [InlineData("护照 EA1234567", PiiType.Passport)]
    [InlineData("旧版护照G12345678", PiiType.Passport)]
    [InlineData("往来港澳通行证：C12345678", PiiType.HkMacauPermit)]
    [InlineData("通行证 CA1234567", PiiType.HkMacauPermit)]
    [InlineData("回乡证 H1234567801", PiiType.HkMacauPermit)]
    [InlineData("港澳居民来往内地通行证M12345678", PiiType.HkMacauPermit)]
    public void TravelDocuments_AreFound(string text, PiiType type) =>
        Assert.Equal(type, fixture.OnlyHit(text, type).Type);

    [Theory]
    [InlineData("护照 EI1234567")]
    [InlineData("型号 E12345678 的产品")]
    public void TravelDocuments_BadLetterOrProductCode_AreNotFound(string text) =>
        Assert.DoesNotContain(fixture.Hits(text), h => h.Type is PiiType.Passport or PiiType.HkMacauPermit);

    [Theory]
    [InlineData("车牌号：京A12345", "京A12345")]
    [InlineData("车辆 粤B·D12345 驶入", "粤BD12345")]
    [InlineData("新能源 沪A12345D", "沪A12345D")]
    [InlineData("教练车 苏E1234学", "苏E1234学")]
    public void Plate_Shapes_AreFound(string text, string value) =>
        Assert.Equal(value, fixture.OnlyHit(text, PiiType.Plate).Value);

    [Theory]
    [InlineData("北京A座12楼")]
    [InlineData("京AI2345")]
    [InlineData("京A123456789")]
    public void Plate_NotAPlate_IsNotFound(string text) =>
        Assert.DoesNotContain(fixture.Hits(text), h => h.Type == PiiType.Plate);

    [Theory]
    [InlineData("邮箱：zhang.san@example.com。", "zhang.san@example.com")]
    [InlineData("发送至 li_si+work@mail.example.cn", "li_si+work@mail.example.cn")]
    public void Email_IsFound(string text, string value) =>
        Assert.Equal(value, fixture.OnlyHit(text, PiiType.Email).Value);

    [Theory]
    [InlineData("登录IP：203.0.113.45。", "203.0.113.45")]
    [InlineData("from 2001:db8::1 at", "2001:db8::1")]
    public void IpAddress_IsFound(string text, string value) =>
        Assert.Equal(value, fixture.OnlyHit(text, PiiType.IpAddress).Value);

    [Theory]
    [InlineData("版本 1.2.3.4.5")]
    [InlineData("金额 256.300.1.1")]
    [InlineData("时间 09:30:00")]
    public void IpAddress_VersionsAndTimes_AreNotFound(string text) =>
        Assert.DoesNotContain(fixture.Hits(text), h => h.Type == PiiType.IpAddress);

    [Fact]
    public void Hits_ExplainPatternValidatorAndContext()
    {
        var hit = fixture.OnlyHit("手机：13812345678", PiiType.PhoneMobile);

        Assert.Equal("mobile-11", hit.Explanation.Pattern);
        Assert.NotNull(hit.Explanation.Validator);
        Assert.Contains(hit.Explanation.Context, c => c.Word == "手机" && c.Source == ContextSource.Before && c.Delta > 0);
        Assert.True(hit.Score > hit.Explanation.BaseScore);
    }

    [Fact]
    public void ColumnHeader_RaisesTheScore()
    {
        var withHeader = fixture.Detector.Detect("13812345678", "联系电话");
        var without = fixture.Detector.Detect("13812345678");

        Assert.True(withHeader[0].Score > without[0].Score);
        Assert.Contains(withHeader[0].Explanation.Context, c => c.Source == ContextSource.ColumnHeader);
    }
}
