using Microsoft.Playwright;
using PiplWatch.Analytics.Models.ReservationAbuse;
using PiplWatch.TestSupport;

namespace PiplWatch.Web.Tests;

/// <summary>
/// The platform as its users drive it, in Debian's Chromium: a procurator uploads the demo reservation export, maps it,
/// runs the model, pushes findings to clues, opens a case, serves a recommendation and downloads the 检察建议书; the
/// regulator files its reply; a volunteer reports a clue; a volunteer may not open the cases. Screenshots of each step.
/// </summary>
public sealed class WorkflowBrowserTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Upload_map_run_push_open_recommend_download_reply_report()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        using var temp = new TemporaryDirectory();
        var export = temp.Combine("jdz-museum.csv");
        new ReservationDemoGenerator().WriteCsv(export);

        var page = await SignedIn(chromium, "procurator");

        // Upload and map.
        await page.GotoAsync(Url("/datasets"));
        await page.SetInputFilesAsync("#Upload", export);
        await page.SelectOptionAsync("#Role", "reservations");
        await page.ClickAsync("button:has-text('上传并映射字段')");
        await page.WaitForURLAsync("**/datasets/map/**");
        Assert.Equal("jdz-museum", await page.InputValueAsync("#Name"));
        Assert.Equal("证件号码", await page.InputValueAsync("select[name='col:id_number']"));
        await Shot(page, "flow-1-mapping");
        await page.ClickAsync("button:has-text('确认并导入')");
        await page.WaitForURLAsync("**/datasets/jdz-museum");
        Assert.Contains("241,012", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Shot(page, "flow-2-dataset");

        // Run the model in the demo procuratorate's region.
        await page.GotoAsync(Url("/runs"));
        await page.SelectOptionAsync("#input-reservations", "jdz-museum");
        await page.FillAsync("#Region", "360203");
        await page.ClickAsync("summary");
        await page.FillAsync("#param-max_findings_per_kind", "5");
        await page.ClickAsync("button:has-text('运行')");
        await page.WaitForURLAsync("**/runs/reservation-abuse-*");
        Assert.Contains("207012", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Shot(page, "flow-3-run");
        await page.ClickAsync("button:has-text('推送为线索')");
        await page.WaitForSelectorAsync(".alert-success");

        // Evaluate the worst clue and open a case on it.
        await page.GotoAsync(Url("/clues?status=received"));
        await page.ClickAsync("tbody tr:last-child td:first-child a");
        await page.CheckAsync("#Evaluation_PublicInterestHarmed");
        await page.CheckAsync("#Evaluation_ManyAffected");
        await page.CheckAsync("#Evaluation_AgencyFailed");
        await page.SelectOptionAsync("#Evaluation_DutySector", "culture-tourism");
        await page.ClickAsync("button:has-text('保存评估')");
        await page.ClickAsync("button:has-text('立案')");
        await page.WaitForURLAsync("**/cases/*");
        var casePath = new Uri(page.Url).AbsolutePath;

        // Serve the recommendation and download the 检察建议书.
        await page.SelectOptionAsync("#To", "recommendation");
        await page.SelectOptionAsync("#Agency", "culture-tourism");
        await page.ClickAsync("button:text-is('保存')");
        await page.WaitForSelectorAsync("text=行政机关收到检察建议书后依法履职并书面回复");
        await Shot(page, "flow-4-case");
        await page.SelectOptionAsync("#DocumentKind", "recommendation");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button:has-text('生成并下载')"));
        var saved = temp.Combine("recommendation.docx");
        await download.SaveAsAsync(saved);
        using (var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(saved, false))
        {
            var text = docx.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("检察建议书", text, StringComparison.Ordinal);
            Assert.Contains("景德镇市珠山区文化广电和旅游局", text, StringComparison.Ordinal);
        }

        // The bureau files its reply.
        var regulator = await SignedIn(chromium, "regulator");
        await regulator.GotoAsync(Url("/agency"));
        await regulator.FillAsync("textarea[name=Reply]", "已约谈博物馆，上线同一证件预约频次限制");
        await regulator.ClickAsync("button:has-text('提交回复')");
        await regulator.WaitForSelectorAsync("text=已向景德镇市珠山区人民检察院提交书面回复");
        await Shot(regulator, "flow-5-reply");
        await page.GotoAsync(Url(casePath));
        Assert.Contains("已约谈博物馆", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        // A volunteer reports a clue and may not open the cases.
        var volunteer = await SignedIn(chromium, "volunteer");
        await volunteer.GotoAsync(Url("/report"));
        await volunteer.FillAsync("#Title", "预约小程序要求提供无关个人信息");
        await volunteer.FillAsync("#Subject", "某景区预约小程序");
        await volunteer.FillAsync("#Region", "360203");
        await volunteer.FillAsync("#Text", "预约门票时强制要求填写工作单位和家庭住址");
        await volunteer.ClickAsync("main button:has-text('提交')");
        await volunteer.WaitForSelectorAsync("#tracking-code");
        var denied = await volunteer.GotoAsync(Url(casePath));
        Assert.Equal(403, denied!.Status);
        await Shot(volunteer, "flow-6-denied");
    }

    private string Url(string path) => new Uri(host.BaseAddress, path).ToString();

    private async Task<IPage> SignedIn(HeadlessChromium chromium, string user)
    {
        var page = await chromium.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 }, Locale = "zh-CN", AcceptDownloads = true });
        await page.GotoAsync(Url("/account/login"));
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", WebHostFixture.SeedPassword);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync("**/dashboard");
        return page;
    }

    private static async Task Shot(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
