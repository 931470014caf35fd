using System.CommandLine;
using PiplWatch.Cli.Infrastructure;
using PiplWatch.Core.Regions;
using Spectre.Console;

namespace PiplWatch.Cli.Regions;

/// <summary><c>piplwatch regions lookup CODE</c> and <c>piplwatch regions search NAME</c>.</summary>
internal static class RegionsCommand
{
    private static readonly Argument<string> Code = new("code") { Description = "六位区划代码 Six-digit GB/T 2260 code, current or retired" };
    private static readonly Argument<string> Name = new("name") { Description = "名称 Name, e.g. 徐水区, 保定市徐水区, 徐水" };

    public static Command Create(CliContext context)
    {
        var lookup = new Command("lookup", "按代码查询区划 Look up a division by code: names, parent, children, procuratorate") { Code };
        lookup.SetAction(parse => Lookup(context, parse));
        var search = new Command("search", "按名称查找区划 Find divisions by name; reports ambiguity") { Name };
        search.SetAction(parse => Search(context, parse));
        return new Command("regions", "行政区划 Administrative divisions (GB/T 2260)") { lookup, search };
    }

    private static int Lookup(CliContext context, ParseResult parse)
    {
        var code = parse.GetRequiredValue(Code).Trim();
        if (!RegionCodes.IsWellFormed(code))
        {
            throw CliFailure.Usage($"'{code}' is not a six-digit region code");
        }

        var reference = context.Reference(parse);
        var region = reference.Regions.Find(code) ?? throw new CliFailure($"region code {code} is not a GB/T 2260 code, current or retired");
        var view = RegionView.From(reference, region);
        if (parse.GetValue(CommonOptions.Json))
        {
            context.WriteJson(view);
            return ExitCodes.Success;
        }

        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("代码 Code", region.Code);
        grid.AddRow("名称 Name", Markup.Escape(region.Name) + (region.IsCurrent ? " (现行 current)" : " (已撤销 retired)"));
        grid.AddRow("级别 Level", LevelNames.Zh(region.Level));
        grid.AddRow("路径 Path", Markup.Escape(view.Path));
        if (view.Parent is not null)
        {
            grid.AddRow("上级 Parent", Markup.Escape($"{view.Parent.Code} {view.Parent.Name}"));
        }

        if (view.Successors.Count > 0)
        {
            grid.AddRow("承继 Successors", Markup.Escape(string.Join("，", view.Successors.Select(s => $"{s.Code} {s.Name}"))));
        }

        if (view.History.Count > 0)
        {
            grid.AddRow("名录所载 MCA 1980–2020", Markup.Escape(string.Join("；", view.History.Select(h => $"{h.Name} {h.FirstYear}–{h.LastYear}"))));
        }

        grid.AddRow("检察院 Procuratorate", Markup.Escape(view.Procuratorate.Name + (view.Procuratorate.IsDerived ? "（按规则推定 derived）" : string.Empty)));
        if (view.Procuratorate.Note is { } note)
        {
            grid.AddRow(string.Empty, Markup.Escape(note));
        }

        if (view.Children.Count > 0)
        {
            grid.AddRow($"下级 Children ({view.Children.Count})", Markup.Escape(string.Join("，", view.Children.Select(c => $"{c.Code} {c.Name}"))));
        }

        context.Console.Write(grid);
        return ExitCodes.Success;
    }

    private static int Search(CliContext context, ParseResult parse)
    {
        var query = parse.GetRequiredValue(Name).Trim();
        if (query.Length == 0)
        {
            throw CliFailure.Usage("the name to search for is empty");
        }

        var reference = context.Reference(parse);
        var result = reference.Regions.Search(query);
        var zones = reference.Zones.Search(query);
        if (result.Matches.Count == 0 && zones.Count == 0)
        {
            throw new CliFailure($"no division or functional zone is named '{query}'");
        }

        if (parse.GetValue(CommonOptions.Json))
        {
            context.WriteJson(new
            {
                query,
                ambiguous = result.IsAmbiguous,
                matches = result.Matches.Select(m => new { m.Region.Code, m.Region.Name, Level = m.Region.Level, m.Region.IsCurrent, m.Path }),
                zones = zones.Select(z => new { z.Id, z.Name, z.RegionCode, z.Counties }),
            });
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("代码 Code", "名称 Name", "路径 Path", "状态 Status");
        foreach (var match in result.Matches)
        {
            table.AddRow(match.Region.Code, Markup.Escape(match.Region.Name), Markup.Escape(match.Path), match.Region.IsCurrent ? "现行 current" : "已撤销 retired");
        }

        foreach (var zone in zones)
        {
            table.AddRow(zone.RegionCode, Markup.Escape(zone.Name), Markup.Escape(zone.NoteZh ?? string.Empty), "功能区 zone (" + Markup.Escape(zone.Id) + ")");
        }

        context.Console.Write(table);
        if (result.IsAmbiguous)
        {
            context.Console.WriteLine($"有 {result.CurrentMatches.Count} 个现行区划同名，请用代码指定 / ambiguous: {result.CurrentMatches.Count} current divisions share this name; use the code.");
        }

        return ExitCodes.Success;
    }
}
