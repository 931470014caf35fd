using System.Text;
using PiplWatch.Detection.Masking;
using PiplWatch.Detection.Scanning;
using PiplWatch.Detection.Tests.Scanning;
using PiplWatch.TestSupport;

namespace PiplWatch.Detection.Tests.Masking;

public sealed class FileMaskerTests(DetectorFixture fixture) : IClassFixture<DetectorFixture>, IDisposable
{
    private readonly TemporaryDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private FileMasker Masker => new(fixture.Detector, MaskingPolicies.Get("public-notice"));

    private List<ScanHit> Rescan(string path)
    {
        var hits = new List<ScanHit>();
        foreach (var _ in new FileScanner(fixture.Detector).Scan(path, Path.GetFileName(path), h => hits.Add(h)))
        {
        }

        return hits;
    }

    [Fact]
    public void Csv_GbkFile_KeepsEncodingHeaderAndCells()
    {
        var source = _temp.Combine("in.csv");
        File.WriteAllText(source, $"姓名,身份证号,备注\n张三丰,{TestDocuments.Id},\"含,逗号\"\n", TestDocuments.Gbk);
        var target = _temp.Combine("out.csv");

        var replaced = Masker.Mask(source, target);

        var text = File.ReadAllText(target, TestDocuments.Gbk);
        Assert.Equal(2, replaced);
        Assert.Contains("张*丰,110105********002X,\"含,逗号\"", text, StringComparison.Ordinal);
        Assert.StartsWith("姓名,身份证号,备注", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_CellsOnEverySheet_AreMaskedAndNothingRemainsDetectable()
    {
        var source = _temp.Combine("in.xlsx");
        TestDocuments.Xlsx(source, [["姓名", "身份证号", "电话"], ["李娜", TestDocuments.Id, TestDocuments.Phone]], hiddenColumn: 3, hiddenSheetRows: [["证件"], ["440524188001010014"]]);
        var target = _temp.Combine("out.xlsx");

        Masker.Mask(source, target);

        var left = Rescan(target).Where(h => h.Type is PiiType.IdCard or PiiType.PhoneMobile).ToList();
        Assert.Empty(left);
        Assert.Contains(Rescan(source), h => h.Type == PiiType.IdCard);
    }

    [Fact]
    public void Docx_ValueSplitAcrossRunsAndHiddenText_AreMasked()
    {
        var source = _temp.Combine("in.docx");
        TestDocuments.Docx(source, "申请人王芳，身份证号" + TestDocuments.Id, [["姓名", "电话"], ["赵丽", TestDocuments.Phone]], "隐藏 " + TestDocuments.Phone);
        var target = _temp.Combine("out.docx");

        var replaced = Masker.Mask(source, target);

        Assert.True(replaced >= 4);
        Assert.DoesNotContain(Rescan(target), h => h.Type is PiiType.IdCard or PiiType.PhoneMobile);
    }

    [Fact]
    public void Html_ValueSplitByTagsAttributesAndComments_AreMasked()
    {
        var source = _temp.Combine("in.html");
        File.WriteAllText(source, $"<html><body><table><tr><td>1101<span>0519491231</span>002X</td></tr></table><a title=\"{TestDocuments.Phone}\">x</a><!-- 440524188001010014 --></body></html>");
        var target = _temp.Combine("out.html");

        Masker.Mask(source, target);

        var html = File.ReadAllText(target);
        Assert.DoesNotContain(Rescan(target), h => h.Type is PiiType.IdCard or PiiType.PhoneMobile);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("110105********002X", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_IsRefusedWithTheReason()
    {
        var source = _temp.Combine("in.pdf");
        TestDocuments.Pdf(source, "ID " + TestDocuments.Id);

        var error = Assert.Throws<NotSupportedException>(() => Masker.Mask(source, _temp.Combine("out.pdf")));

        Assert.Contains("source document", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.Combine("out.pdf")));
    }

    [Fact]
    public void CorruptFile_LeavesNothingBehind()
    {
        var source = _temp.Combine("bad.xlsx");
        File.WriteAllBytes(source, Encoding.ASCII.GetBytes("not a workbook"));

        Assert.Throws<InvalidDataException>(() => Masker.Mask(source, _temp.Combine("out", "bad.xlsx")));

        Assert.Empty(Directory.GetFiles(_temp.Combine("out")));
    }
}
