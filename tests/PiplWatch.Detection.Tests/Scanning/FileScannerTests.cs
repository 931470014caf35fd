using System.Collections.Concurrent;
using System.Text;
using PiplWatch.Detection.Scanning;
using PiplWatch.TestSupport;

namespace PiplWatch.Detection.Tests.Scanning;

public sealed class FileScannerTests(DetectorFixture fixture) : IClassFixture<DetectorFixture>, IDisposable
{
    private readonly TemporaryDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private (List<ScanHit> Hits, List<FileSummary> Files) ScanAll(params string[] paths)
    {
        var hits = new ConcurrentBag<ScanHit>();
        var files = new ConcurrentBag<FileSummary>();
        new FolderScanner(new FileScanner(fixture.Detector)).Scan(paths, hits.Add, files.Add, cancellationToken: TestContext.Current.CancellationToken);
        return (hits.OrderBy(h => h.File, StringComparer.Ordinal).ThenBy(h => h.Location.ToString(), StringComparer.Ordinal).ToList(), files.OrderBy(f => f.File, StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf8-bom")]
    [InlineData("gbk")]
    public void Csv_AnyChineseEncoding_FindsValuesWithRowColumnAndHeader(string encoding)
    {
        // Arrange
        var path = _temp.Combine("list.csv");
        var content = $"序号,姓名,身份证号,联系电话\n1,张三,{TestDocuments.Id},{TestDocuments.Phone}\n";
        TestDocuments.Text(path, content, encoding switch { "utf8" => new UTF8Encoding(false), "utf8-bom" => new UTF8Encoding(true), _ => TestDocuments.Gbk });

        // Act
        var (hits, files) = ScanAll(path);

        // Assert
        var id = Assert.Single(hits, h => h.Type == PiiType.IdCard);
        Assert.Equal(1, id.Location.Row);
        Assert.Equal(3, id.Location.Column);
        Assert.Equal("身份证号", id.Location.ColumnName);
        Assert.Equal("110105********002X", id.MaskedValue);
        Assert.Contains(hits, h => h.Type == PiiType.PersonName && h.MaskedValue == "张*");
        Assert.Equal(64, files[0].Sha256.Length);
        Assert.DoesNotContain(TestDocuments.Id, string.Join('\n', hits.Select(h => h.MaskedContext)), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_ColumnsAreClassifiedWithShares()
    {
        var path = _temp.Combine("people.csv");
        var rows = Enumerable.Range(0, 50).Select(i =>
        {
            var first17 = $"1101051980010{(i % 9) + 1}{i:000}";
            return $"{i},{first17}{Validation.IdNumber.CheckChar(first17)},139{i:00000000}";
        });
        File.WriteAllText(path, "编号,证件,手机\n" + string.Join('\n', rows));

        var (_, files) = ScanAll(path);

        var columns = files.Single().Columns;
        var idColumn = columns.Single(c => c.Column == 2);
        Assert.Equal(PiiType.IdCard, idColumn.Type);
        Assert.True(idColumn.Share > 0.9);
        Assert.Equal(PiiType.PhoneMobile, columns.Single(c => c.Column == 3).Type);
        Assert.Null(columns.Single(c => c.Column == 1).Type);
    }

    [Fact]
    public void Xlsx_HiddenSheetAndHiddenColumn_AreFoundAndMarkedNotVisible()
    {
        var path = _temp.Combine("book.xlsx");
        TestDocuments.Xlsx(path, [["姓名", "身份证号", "电话"], ["李娜", TestDocuments.Id, TestDocuments.Phone]], hiddenColumn: 3, hiddenSheetRows: [["证件"], ["440524188001010014"]]);

        var (hits, files) = ScanAll(path);

        Assert.Null(files.Single().Error);
        Assert.Contains(hits, h => h.Type == PiiType.IdCard && h.Visible && h.Location.Sheet == "名单");
        Assert.Contains(hits, h => h.Type == PiiType.PhoneMobile && !h.Visible && h.HiddenBecause == "hidden column");
        Assert.Contains(hits, h => h.Type == PiiType.IdCard && !h.Visible && h.HiddenBecause == "hidden sheet");
    }

    [Fact]
    public void Docx_TableAndHiddenText_AreFound()
    {
        var path = _temp.Combine("notice.docx");
        TestDocuments.Docx(path, "公示如下：", [["姓名", "身份证号"], ["王芳", TestDocuments.Id]], "备注 联系电话" + TestDocuments.Phone);

        var (hits, _) = ScanAll(path);

        Assert.Contains(hits, h => h.Type == PiiType.IdCard && h.Location.ColumnName == "身份证号" && h.Visible);
        Assert.Contains(hits, h => h.Type == PiiType.PhoneMobile && !h.Visible && h.HiddenBecause == "hidden text");
    }

    [Fact]
    public void Html_DigitsSplitByTagsAttributesAndComments_AreFound()
    {
        var path = _temp.Combine("page.html");
        File.WriteAllText(path, $"""
            <html><body>
            <table><tr><th>姓名</th><th>身份证号</th></tr>
            <tr><td>赵丽</td><td>1101<span>0519491231</span>002X</td></tr></table>
            <a href="#" title="联系 {TestDocuments.Phone}">详情</a>
            <!-- 备份 440524188001010014 -->
            <div style="display: none">邮箱 hidden.person@example.com</div>
            </body></html>
            """);

        var (hits, _) = ScanAll(path);

        var id = Assert.Single(hits, h => h.Type == PiiType.IdCard && h.Visible);
        Assert.Equal("身份证号", id.Location.ColumnName);
        Assert.Contains(hits, h => h.Type == PiiType.PhoneMobile && h.HiddenBecause == "attribute title");
        Assert.Contains(hits, h => h.Type == PiiType.IdCard && h.HiddenBecause == "comment");
        Assert.Contains(hits, h => h.Type == PiiType.Email && h.HiddenBecause == "hidden by style");
    }

    [Fact]
    public void Pdf_TextLayer_IsReadByPage()
    {
        var path = _temp.Combine("list.pdf");
        TestDocuments.Pdf(path, "Applicants", "ID " + TestDocuments.Id + "  Tel " + TestDocuments.Phone);

        var (hits, files) = ScanAll(path);

        Assert.Null(files.Single().Error);
        Assert.Contains(hits, h => h.Type == PiiType.IdCard && h.Location.Page == 1);
        Assert.Contains(hits, h => h.Type == PiiType.PhoneMobile && h.Location.Page == 1);
    }

    [Fact]
    public void JsonLines_FieldNamesAreHeaders()
    {
        var path = _temp.Combine("export.jsonl");
        File.WriteAllText(path, $"{{\"user\":{{\"mobile\":\"{TestDocuments.Phone}\"}}}}\nnot json {TestDocuments.Id}\n");

        var (hits, _) = ScanAll(path);

        Assert.Contains(hits, h => h.Type == PiiType.PhoneMobile && h.Location.Element == "$.user.mobile");
        Assert.Contains(hits, h => h.Type == PiiType.IdCard && h.Location.Line == 2);
    }

    [Fact]
    public void Zip_EntriesAndNestedArchives_AreScannedAsFiles()
    {
        var inner = _temp.Combine("inner.zip");
        TestDocuments.Zip(inner, ("b.txt", Encoding.UTF8.GetBytes("手机 " + TestDocuments.Phone)));
        var outer = _temp.Combine("outer.zip");
        TestDocuments.Zip(outer, ("a.csv", Encoding.UTF8.GetBytes("身份证\n" + TestDocuments.Id)), ("inner.zip", File.ReadAllBytes(inner)));

        var (hits, files) = ScanAll(outer);

        Assert.Contains(hits, h => h.File == "outer.zip!/a.csv" && h.Type == PiiType.IdCard);
        Assert.Contains(hits, h => h.File == "outer.zip!/inner.zip!/b.txt" && h.Type == PiiType.PhoneMobile);
        Assert.Contains(files, f => f.File == "outer.zip" && f.Format == "zip");
    }

    [Fact]
    public void BadFiles_AreReportedWithReasons_AndTheScanGoesOn()
    {
        File.WriteAllBytes(_temp.Combine("corrupt.xlsx"), Encoding.ASCII.GetBytes("PK this is not really a workbook"));
        File.WriteAllBytes(_temp.Combine("junk.bin"), [0, 1, 2, 0, 255, 0, 7]);
        File.WriteAllBytes(_temp.Combine("broken.pdf"), Encoding.ASCII.GetBytes("%PDF-1.7 garbage"));
        TestDocuments.Zip(_temp.Combine("bomb.zip"), ("zeros.txt", new byte[20_000_000]));
        File.WriteAllText(_temp.Combine("good.txt"), "电话：" + TestDocuments.Phone);

        var (hits, files) = ScanAll(_temp.Path);

        Assert.Contains("xlsx", files.Single(f => f.File == "corrupt.xlsx").Error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("binary", files.Single(f => f.File == "junk.bin").Error, StringComparison.Ordinal);
        Assert.NotNull(files.Single(f => f.File == "broken.pdf").Error);
        Assert.Contains("zip bomb", files.Single(f => f.File == "bomb.zip!/zeros.txt").Error, StringComparison.Ordinal);
        Assert.Contains(hits, h => h.File == "good.txt" && h.Type == PiiType.PhoneMobile);
    }

    [Fact]
    public void Hits_CarryEvidence()
    {
        File.WriteAllText(_temp.Combine("a.txt"), "申请人王强，身份证号" + TestDocuments.Id + "，电话" + TestDocuments.Phone);

        var (hits, files) = ScanAll(_temp.Path);

        Assert.All(hits, h =>
        {
            Assert.Equal(files.Single().Sha256, h.Sha256);
            Assert.Equal(TimeSpan.FromHours(8), h.ScannedAt.Offset);
            Assert.False(string.IsNullOrEmpty(h.EngineVersion));
            Assert.DoesNotContain(TestDocuments.Phone, h.MaskedContext, StringComparison.Ordinal);
        });
    }
}
