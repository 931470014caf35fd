using System.CommandLine;
using PiplWatch.Cli.Infrastructure;
using PiplWatch.Core.Regions;
using Spectre.Console;

namespace PiplWatch.Cli.Agencies;

/// <summary><c>piplwatch agency for --sector S --region CODE</c>: the competent agency, the addressee of a recommendation.</summary>
internal static class AgencyCommand
{
    private static readonly Option<string> Sector = new("--sector")
    {
        Description = "行业 Sector id or Chinese short name (housing / 住建, market-regulation / 市场监管 …)",
        Required = true,
    };

    private static readonly Option<string> Region = new("--region")
    {
        Description = "六位区划代码 Six-digit region code",
        Required = true,
    };

    public static Command Create(CliContext context)
    {
        var forCommand = new Command("for", "查询主管机关 The competent agency of a sector at a region") { Sector, Region };
        forCommand.SetAction(parse => For(context, parse));
        var list = new Command("sectors", "列出行业 List the sectors and their legal basis");
        list.SetAction(parse => Sectors(context, parse));
        return new Command("agency", "主管行政机关 Competent agencies") { forCommand, list };
    }

    private static int For(CliContext context, ParseResult parse)
    {
        var sectorId = parse.GetRequiredValue(Sector).Trim();
        var code = parse.GetRequiredValue(Region).Trim();
        if (!RegionCodes.IsWellFormed(code))
        {
            throw CliFailure.Usage($"--region '{code}' is not a six-digit region code");
        }

        var reference = context.Reference(parse);
        var sector = reference.Sectors.Find(sectorId)
            ?? throw CliFailure.Usage($"--sector '{sectorId}' is unknown; known: {string.Join(", ", reference.Sectors.All.Select(s => $"{s.Id} ({s.ShortNameZh})"))}");
        if (reference.Regions.Find(code) is null)
        {
            throw new CliFailure($"region code {code} is not a GB/T 2260 code, current or retired");
        }

        var agency = reference.Agencies.For(sector.Id, code);
        if (parse.GetValue(CommonOptions.Json))
        {
            context.WriteJson(agency);
            return ExitCodes.Success;
        }

        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("机关 Agency", Markup.Escape(agency.Name) + (agency.IsDerived ? "（按规则推定 derived）" : string.Empty));
        grid.AddRow("行业 Sector", Markup.Escape($"{sector.Id} {sector.NameZh} / {sector.NameEn}"));
        grid.AddRow("区划 Region", Markup.Escape($"{agency.RegionCode} {LevelNames.Zh(agency.Level)}"));
        grid.AddRow("职责 Duty", Markup.Escape(sector.DutyZh));
        foreach (var id in agency.LegalBasis)
        {
            var article = reference.Legal.FindArticle(id);
            var law = article is null ? null : reference.Legal.FindLaw(article.LawId);
            grid.AddRow(id == agency.LegalBasis[0] ? "依据 Basis" : string.Empty, Markup.Escape(article is null ? id : $"{id} 《{law?.TitleZh}》第{article.Article}条：{article.SummaryZh}"));
        }

        if (agency.Note is { } note)
        {
            grid.AddRow("说明 Note", Markup.Escape(note));
        }

        if (sector.NoteEn is { } sectorNote)
        {
            grid.AddRow(string.Empty, Markup.Escape(sectorNote));
        }

        context.Console.Write(grid);
        return ExitCodes.Success;
    }

    private static int Sectors(CliContext context, ParseResult parse)
    {
        var sectors = context.Reference(parse).Sectors.All;
        if (parse.GetValue(CommonOptions.Json))
        {
            context.WriteJson(sectors.Select(s => new { s.Id, s.ShortNameZh, s.NameZh, s.NameEn, s.LegalBasis }));
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("代码 Id", "简称", "名称 Name", "依据 Basis");
        foreach (var s in sectors)
        {
            table.AddRow(s.Id, Markup.Escape(s.ShortNameZh), Markup.Escape($"{s.NameZh} / {s.NameEn}"), Markup.Escape(string.Join(", ", s.LegalBasis)));
        }

        context.Console.Write(table);
        return ExitCodes.Success;
    }
}
