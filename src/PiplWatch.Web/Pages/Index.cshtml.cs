using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.Core.Scenarios;
using PiplWatch.Web.Localization;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages;

/// <summary>The home page: what PiplWatch is, the flow of data, its parts, and the fourteen scenarios.</summary>
public sealed class IndexModel(ReferenceData reference) : PageModel
{
    public IReadOnlyList<ScenarioCard> Scenarios { get; private set; } = [];

    public IReadOnlyList<PlatformPart> Parts => PlatformPart.All;

    public void OnGet()
    {
        Scenarios = reference.Scenarios.All.Select(s => ScenarioCard.From(reference, s)).ToList();
    }
}

/// <summary>A scenario as the home page shows it: place, sectors and case kind resolved to names in the page's language.</summary>
public sealed record ScenarioCard(Scenario Scenario, string Place, IReadOnlyList<string> SectorNames, string CaseKind)
{
    public static ScenarioCard From(ReferenceData reference, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(scenario);
        var region = reference.Regions.Find(scenario.RegionCode);
        var place = region is null ? scenario.RegionCode : reference.Regions.PathOf(region).ToString();
        var sectors = scenario.Sectors.Select(id => reference.Sectors.Find(id) is { } sector ? T(sector.ShortNameZh, sector.NameEn) : id).ToList();
        var kind = scenario.CaseKind is "administrative" or "civil" or "criminal-civil" ? Names.CaseKind(CaseKinds.Parse(scenario.CaseKind)) : scenario.CaseKind;
        return new ScenarioCard(scenario, place, sectors, kind);
    }
}

/// <summary>One part of the platform, with an honest status: what works in the browser today and what is being built.</summary>
public sealed record PlatformPart(string NameZh, string NameEn, string WhatZh, string WhatEn, bool Available, string? Href)
{
    public static IReadOnlyList<PlatformPart> All { get; } =
    [
        new("法律依据与管辖", "Legal catalog & jurisdiction", "条文释义、违法行为代码、检察院管辖与主管机关", "Paraphrased articles, violation codes, the procuratorate with jurisdiction and the competent agencies", true, "/reference/law"),
        new("行政区划", "Regions", "GB/T 2260 现行与已撤销区划，按代码或名称查询", "Current and retired GB/T 2260 divisions, found by code or name", true, "/reference/regions"),
        new("个人信息识别与脱敏", "PII detection & masking", "身份证号、手机号、姓名、地址等识别、校验与脱敏；文件夹与网站披露审计（命令行 scan / mask / audit；网页建设中）", "Finds, validates and masks ID numbers, phone numbers, names, addresses and more; disclosure audits of folders and websites (command line scan / mask / audit; web pages in development)", false, null),
        new("数据集与监督模型", "Datasets & supervision models", "导出数据导入、字段映射、DuckDB 分析、预约滥用等模型；在网页中上传数据集并在后台运行模型（登录后使用）", "Imports exported data, maps its fields, analyses it with DuckDB and runs models such as booking abuse; datasets are uploaded and models run in the background from the web (after signing in)", true, "/datasets"),
        new("线索与案件", "Clues & cases", "线索评估、立案、检察建议期限、跟进调查、文书与证据", "Clue evaluation, opening a case, recommendation deadlines, follow-up investigation, documents and evidence", true, "/clues"),
        new("志愿者举报", "Volunteer reports", "公众提交线索并查看办理进度", "The public reports clues and follows their progress", true, "/report"),
    ];
}
