using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Core;
using PiplWatch.Core.Scenarios;

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

/// <summary>A scenario as the home page shows it: place and sectors resolved to names.</summary>
public sealed record ScenarioCard(Scenario Scenario, string Place, IReadOnlyList<string> SectorNames, string CaseKindZh)
{
    public static ScenarioCard From(ReferenceData reference, Scenario scenario)
    {
        var region = reference.Regions.Find(scenario.RegionCode);
        var place = region is null ? scenario.RegionCode : reference.Regions.PathOf(region).ToString();
        var sectors = scenario.Sectors.Select(id => reference.Sectors.Find(id)?.ShortNameZh ?? id).ToList();
        var kind = scenario.CaseKind switch
        {
            "administrative" => "行政公益诉讼",
            "civil" => "民事公益诉讼",
            "criminal-civil" => "刑事附带民事公益诉讼",
            _ => scenario.CaseKind,
        };
        return new ScenarioCard(scenario, place, sectors, kind);
    }
}

/// <summary>One part of the platform, with an honest status: what works today and what is being built.</summary>
public sealed record PlatformPart(string NameZh, string NameEn, string WhatZh, bool Available, string? Href)
{
    public static IReadOnlyList<PlatformPart> All { get; } =
    [
        new("法律依据与管辖", "Legal catalog & jurisdiction", "条文释义、违法行为代码、检察院管辖与主管机关", true, "/reference/law"),
        new("行政区划", "Regions", "GB/T 2260 现行与已撤销区划，按代码或名称查询", true, "/reference/regions"),
        new("个人信息识别与脱敏", "PII detection & masking", "身份证号、手机号、姓名、地址等识别、校验与脱敏；文件夹与网站披露审计（命令行 scan / mask / audit；网页建设中）", false, null),
        new("数据集与监督模型", "Datasets & supervision models", "导出数据导入、字段映射、DuckDB 分析、预约滥用等模型（命令行 import / run / demo；网页建设中）", false, null),
        new("线索与案件", "Clues & cases", "线索评估、立案、检察建议期限、跟进调查、文书与证据", false, null),
        new("志愿者举报", "Volunteer reports", "公众提交线索并查看办理进度", false, null),
    ];
}
