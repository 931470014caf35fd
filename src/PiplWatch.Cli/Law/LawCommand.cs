using System.CommandLine;
using PiplWatch.Cli.Infrastructure;
using PiplWatch.Core.Legal;
using Spectre.Console;

namespace PiplWatch.Cli.Law;

/// <summary><c>piplwatch law show ID</c> and <c>piplwatch law list</c>.</summary>
internal static class LawCommand
{
    private static readonly Argument<string> Id = new("id") { Description = "条文、法律或违法行为代码 Article (PIPL-28), law (PIPL) or violation code (APP-C3.1)" };
    private static readonly Option<string?> LawFilter = new("--law") { Description = "只列此法律的条文 Only articles of this law (e.g. PIPL)" };
    private static readonly Option<string?> Scheme = new("--violations") { Description = "列出违法行为代码 List violation codes of a scheme (app-2019, face-2025, all)" };
    private static readonly Option<bool> UnconfirmedOnly = new("--unconfirmed") { Description = "只列未经官方文本核实的 Only entries not checked against the official text" };

    public static Command Create(CliContext context)
    {
        var show = new Command("show", "显示条文 Show an article, a law with its articles, or a violation code") { Id };
        show.SetAction(parse => Show(context, parse));
        var list = new Command("list", "列出法律或条文 List laws, a law's articles, or violation codes") { LawFilter, Scheme, UnconfirmedOnly };
        list.SetAction(parse => List(context, parse));
        return new Command("law", "法律依据目录 The legal catalog") { show, list };
    }

    private static int Show(CliContext context, ParseResult parse)
    {
        var id = parse.GetRequiredValue(Id).Trim();
        var legal = context.Reference(parse).Legal;
        var json = parse.GetValue(CommonOptions.Json);
        if (legal.FindArticle(id) is { } article)
        {
            var law = legal.FindLaw(article.LawId)!;
            if (json)
            {
                context.WriteJson(new { article, law });
                return ExitCodes.Success;
            }

            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("条文 Article", Markup.Escape($"{article.Id} — 《{law.TitleZh}》第{article.Article}条"));
            grid.AddRow("释义", Markup.Escape(article.SummaryZh));
            grid.AddRow("Paraphrase", Markup.Escape(article.SummaryEn));
            grid.AddRow("核实 Verified", ConfidenceText(article.Confidence) + Markup.Escape($"  ({article.Source})"));
            context.Console.Write(grid);
            return ExitCodes.Success;
        }

        if (legal.FindViolation(id) is { } violation)
        {
            if (json)
            {
                context.WriteJson(violation);
                return ExitCodes.Success;
            }

            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("代码 Code", Markup.Escape($"{violation.Id} ({violation.Scheme})"));
            grid.AddRow("行为", Markup.Escape(violation.TitleZh));
            grid.AddRow("Behaviour", Markup.Escape(violation.TitleEn));
            grid.AddRow("依据 Articles", Markup.Escape(string.Join(", ", violation.Articles)));
            grid.AddRow("核实 Verified", ConfidenceText(violation.Confidence));
            context.Console.Write(grid);
            return ExitCodes.Success;
        }

        if (legal.FindLaw(id) is { } found)
        {
            var articles = legal.ArticlesOf(found.Id);
            if (json)
            {
                context.WriteJson(new { law = found, articles });
                return ExitCodes.Success;
            }

            context.Console.WriteLine($"{found.Id} 《{found.TitleZh}》 {found.TitleEn}" + (found.InForceOn is { } date ? $" — 施行 in force {date:yyyy-MM-dd}" : string.Empty));
            if (found.Note is { } note)
            {
                context.Console.WriteLine(note);
            }

            return WriteArticles(context, json: false, articles);
        }

        throw new CliFailure($"'{id}' is neither an article, a law nor a violation code of the catalog (try 'piplwatch law list')");
    }

    private static int List(CliContext context, ParseResult parse)
    {
        var legal = context.Reference(parse).Legal;
        var json = parse.GetValue(CommonOptions.Json);
        var unconfirmedOnly = parse.GetValue(UnconfirmedOnly);
        if (parse.GetValue(Scheme) is { } scheme)
        {
            var codes = legal.ViolationCodes
                .Where(v => scheme == "all" || string.Equals(v.Scheme, scheme, StringComparison.OrdinalIgnoreCase))
                .Where(v => !unconfirmedOnly || v.Confidence != Confidence.Text)
                .ToList();
            if (codes.Count == 0)
            {
                throw CliFailure.Usage($"no violation codes in scheme '{scheme}' (schemes: {string.Join(", ", legal.ViolationCodes.Select(v => v.Scheme).Distinct())}, all)");
            }

            if (json)
            {
                context.WriteJson(codes);
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("代码 Code", "行为 Behaviour", "依据 Articles", "核实 Verified");
            foreach (var v in codes)
            {
                table.AddRow(Markup.Escape(v.Id), Markup.Escape(v.TitleZh), Markup.Escape(string.Join(", ", v.Articles)), ConfidenceText(v.Confidence));
            }

            context.Console.Write(table);
            return ExitCodes.Success;
        }

        if (parse.GetValue(LawFilter) is { } lawId)
        {
            var law = legal.FindLaw(lawId) ?? throw new CliFailure($"'{lawId}' is not a law of the catalog (try 'piplwatch law list')");
            return WriteArticles(context, json, legal.ArticlesOf(law.Id).Where(a => !unconfirmedOnly || !a.IsConfirmed).ToList());
        }

        if (unconfirmedOnly)
        {
            return WriteArticles(context, json, legal.Articles.Where(a => !a.IsConfirmed).ToList());
        }

        if (json)
        {
            context.WriteJson(legal.Laws);
            return ExitCodes.Success;
        }

        var laws = new Table().AddColumns("代码 Id", "名称 Title", "Title", "施行 In force", "条文 Articles");
        foreach (var law in legal.Laws)
        {
            laws.AddRow(Markup.Escape(law.Id), Markup.Escape(law.TitleZh), Markup.Escape(law.TitleEn), law.InForceOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "—", legal.ArticlesOf(law.Id).Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        context.Console.Write(laws);
        return ExitCodes.Success;
    }

    private static int WriteArticles(CliContext context, bool json, IReadOnlyList<LegalArticle> articles)
    {
        if (json)
        {
            context.WriteJson(articles);
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("条文 Article", "释义 Paraphrase", "核实 Verified");
        foreach (var a in articles)
        {
            table.AddRow(Markup.Escape(a.Id), Markup.Escape(a.SummaryZh), ConfidenceText(a.Confidence));
        }

        context.Console.Write(table);
        return ExitCodes.Success;
    }

    private static string ConfidenceText(Confidence confidence) => confidence switch
    {
        Confidence.Text => "已核实 confirmed",
        Confidence.Secondary => "二手来源 secondary",
        Confidence.Unconfirmed => "[yellow]未核实 unconfirmed[/]",
        _ => throw new ArgumentOutOfRangeException(nameof(confidence)),
    };
}
