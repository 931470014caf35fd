using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Tests.Support;
using PiplWatch.Core;
using PiplWatch.Detection;

namespace PiplWatch.Cases.Tests.Clues;

public sealed class ClueExportTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(dataDirectory: null);

    [Fact]
    public void The_agency_gets_its_clues_with_personal_data_masked()
    {
        using var test = TestStore.Create(TestStore.Sqlite);
        var time = FixedTime.At(2025, 7, 1);
        var clues = new ClueService(test.Store, Reference, time);
        clues.ImportFindings(new FindingsBuilder().Overuse("360203********1234", 128).Build("run-1", time.Now), new string('a', 64), "analyst");

        // A volunteer typed a whole ID number and phone into the report: the export must not carry them.
        clues.Create(new ClueDraft
        {
            Source = ClueSources.Volunteer,
            Title = "招聘平台公开求职者信息",
            Subject = "某人力资源公司",
            Description = "求职者张三，身份证号 110101199003077571，电话 13912345678，被公开在招聘页面",
            Region = "130609",
            Contact = "13800138000",
            Sectors = ["human-resources", "market-regulation"],
        }, "volunteer-desk");

        var file = Path.Combine(test.DataDirectory, "to-hrss.xlsx");
        var count = new ClueExport(Reference, new PiiDetector(Reference.Regions)).Write(file, clues.List(), sector: "human-resources");

        Assert.Equal(1, count);
        var cells = ReadSheet(file, "线索");
        Assert.Equal("编号", cells[0][0]);
        var text = string.Join("|", cells[1]);
        Assert.DoesNotContain("110101199003077571", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13800138000", text, StringComparison.Ordinal);
        Assert.Contains("保定市徐水区人民检察院", text, StringComparison.Ordinal);
        Assert.Contains("人力资源", text, StringComparison.Ordinal);
    }

    private static List<List<string>> ReadSheet(string file, string name)
    {
        using var document = SpreadsheetDocument.Open(file, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? string.Empty).ToList())];
    }
}
