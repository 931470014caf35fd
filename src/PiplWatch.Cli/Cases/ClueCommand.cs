using System.CommandLine;
using System.Globalization;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Thresholds;
using PiplWatch.Cli.Infrastructure;
using PiplWatch.Core.Masking;
using Spectre.Console;

namespace PiplWatch.Cli.Cases;

/// <summary>
/// <c>piplwatch clue import-findings REPORT.json | add | list | show ID | route ID | handover ID | evaluate ID</c>:
/// clues from model runs and audits (merged by finding id), from people, routed, handed over and evaluated.
/// </summary>
internal static class ClueCommand
{
    private static readonly Argument<long> Id = new("id") { Description = "线索编号 Clue id" };
    private static readonly Option<string?> User = new("--user") { Description = "操作人 Who records it (default: the OS user)" };

    public static Command Create(CliContext context)
    {
        var command = new Command("clue", "线索 Clues: import findings, list, show, route, hand over, evaluate");
        command.Subcommands.Add(ImportFindings(context));
        command.Subcommands.Add(Add(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Route(context));
        command.Subcommands.Add(Handover(context));
        command.Subcommands.Add(Evaluate(context));
        command.Subcommands.Add(Export(context));
        command.Subcommands.Add(Figures(context));
        return command;
    }

    private static string UserOf(ParseResult parse) => parse.GetValue(User) ?? Environment.UserName;

    private static Command ImportFindings(CliContext context)
    {
        var report = new Argument<string>("report") { Description = "模型或审查报告 A findings report (report.json of run or findings.json of audit)" };
        var command = new Command("import-findings", "导入发现为线索 Create or merge one clue per finding; prints each clue id") { report, User };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetRequiredValue(report);
            var (parsed, sha) = await CaseStoreAccess.ReadReportAsync(file, cancellationToken);
            return CaseStoreAccess.Guard(() =>
            {
                var results = CaseStoreAccess.Clues(context, parse).ImportFindings(parsed, sha, UserOf(parse));
                foreach (var result in results)
                {
                    context.Output.WriteLine(result.ClueId.ToString(CultureInfo.InvariantCulture));
                }

                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{results.Count(r => r.Created)} clues created, {results.Count(r => !r.Created && !r.AlreadyImported)} merged, {results.Count(r => r.AlreadyImported)} already imported"));
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Add(CliContext context)
    {
        var source = new Option<string>("--source") { Description = "来源 volunteer, criminal-referral, hotline, manual", DefaultValueFactory = _ => ClueSources.Manual };
        var title = new Option<string>("--title") { Description = "标题 Title", Required = true };
        var subject = new Option<string>("--subject") { Description = "对象 Who or what it is about", Required = true };
        var description = new Option<string>("--text") { Description = "内容 What was reported", Required = true };
        var region = new Option<string>("--region") { Description = "地区代码 Region code where it happened", Required = true };
        var contact = new Option<string?>("--contact") { Description = "举报人联系方式 Reporter's contact (shown masked)" };
        var sectors = new Option<string[]>("--sector") { Description = "主管领域 Competent sector (repeatable)", AllowMultipleArgumentsPerToken = true };
        var attachments = new Option<string[]>("--attach") { Description = "附件 A file that came with the report (repeatable; kept by SHA-256)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("add", "录入线索 Record a clue from a volunteer, a hotline, a criminal case or by hand; prints its id")
        {
            source, title, subject, description, region, contact, sectors, attachments, FigureOptions.Sensitive, FigureOptions.Important, FigureOptions.Other, FigureOptions.Gains, FigureOptions.Insider, User,
        };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var clue = CaseStoreAccess.Clues(context, parse).Create(new ClueDraft
            {
                Source = parse.GetRequiredValue(source),
                Title = parse.GetRequiredValue(title),
                Subject = parse.GetRequiredValue(subject),
                Description = parse.GetRequiredValue(description),
                Region = parse.GetRequiredValue(region),
                Contact = parse.GetValue(contact),
                Sectors = parse.GetValue(sectors) ?? [],
                Attachments = parse.GetValue(attachments) ?? [],
                Figures = FigureOptions.Read(parse) is { IsEmpty: false } figures ? figures : null,
            }, UserOf(parse));
            context.Output.WriteLine(clue.Id.ToString(CultureInfo.InvariantCulture));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var status = new Option<string?>("--status") { Description = "状态 received, handed-over, accepted, declined, opened" };
        var command = new Command("list", "线索列表 List clues, newest first") { status };
        command.SetAction(parse =>
        {
            var clues = CaseStoreAccess.Clues(context, parse).List(parse.GetValue(status));
            if (parse.GetValue(CommonOptions.Json))
            {
                context.WriteJson(clues.Select(View).ToList());
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("编号 id", "状态 status", "来源 source", "对象 subject", "标题 title", "检察院 procuratorate", "发现 findings", "评分 score", "入罪 criminal");
            foreach (var clue in clues)
            {
                table.AddRow(Markup.Escape(clue.Id.ToString(CultureInfo.InvariantCulture)), ClueStatuses.Zh(clue.Status), ClueSources.Zh(clue.Source), Markup.Escape(clue.Subject),
                    Markup.Escape(clue.Title), Markup.Escape(clue.Procuratorate ?? "（待指定地区）"), clue.Findings.Count.ToString(CultureInfo.InvariantCulture), clue.Score.ToString("0.00", CultureInfo.InvariantCulture),
                    ClueService.Assess(clue) is { ConsiderReferral: true } a ? (a.Level == PiplWatch.Cases.Thresholds.ThresholdLevel.EspeciallySerious ? "特别严重" : "严重") : "—");
            }

            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var command = new Command("show", "线索详情 Show a clue with its findings, hand-overs and evaluations") { Id };
        command.SetAction(parse =>
        {
            var clue = CaseStoreAccess.Clues(context, parse).Get(parse.GetValue(Id));
            if (parse.GetValue(CommonOptions.Json))
            {
                context.WriteJson(View(clue));
                return ExitCodes.Success;
            }

            var o = context.Output;
            o.WriteLine($"线索 {clue.Id}：{clue.Title}");
            o.WriteLine($"状态 {ClueStatuses.Zh(clue.Status)} ({clue.Status}) · 来源 {ClueSources.Zh(clue.Source)} · 对象 {clue.Subject}");
            o.WriteLine($"地区 {clue.Region} · 检察院 {clue.Procuratorate ?? "（待指定地区）"}{(clue.ProcuratorateDerived ? "（名称按规则推定）" : string.Empty)}");
            o.WriteLine($"法律依据 {clue.LegalBasis} · 主管领域 {clue.Sectors}");
            if (clue.Contact is { } contact)
            {
                o.WriteLine($"举报人联系方式 {DisplayMask.Phone(contact)}");
            }

            o.WriteLine($"内容 {clue.Description}");
            if (ClueService.Assess(clue) is { } assessment)
            {
                o.WriteLine($"入罪标准（法释〔2017〕10号第五条）：{string.Join("；", assessment.Reasons)}");
            }

            foreach (var attachment in clue.Attachments)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  附件 {attachment.FileName} {attachment.Length} bytes sha256 {attachment.Sha256}"));
            }

            foreach (var finding in clue.Findings.OrderBy(f => f.RunFinishedAt))
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  发现 {finding.RunId} ({finding.RunFinishedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}) 评分 {finding.Score:0.00}：{finding.Reason}"));
            }

            foreach (var handover in clue.Handovers.OrderBy(h => h.At))
            {
                o.WriteLine($"  移送 {handover.At.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd} {handover.FromProcuratorate} → {handover.ToProcuratorate}：{handover.Reason}（{handover.By}）");
            }

            foreach (var evaluation in clue.Evaluations.OrderBy(e => e.At))
            {
                o.WriteLine($"  评估 {evaluation.At.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd} {(evaluation.Decision == "open" ? "立案" : "不予立案")}：公益受损 {YesNo(evaluation.PublicInterestHarmed)}，众多个人 {YesNo(evaluation.ManyAffected)}，履职机关 {evaluation.DutySector ?? "—"}，未依法履职 {YesNo(evaluation.AgencyFailed)}；{evaluation.Reasons}（{evaluation.By}）");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Route(CliContext context)
    {
        var command = new Command("route", "分派 Route the clue to the procuratorate with jurisdiction over its region") { Id };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var clue = CaseStoreAccess.Clues(context, parse).Reroute(parse.GetValue(Id));
            context.Output.WriteLine(clue.Procuratorate ?? throw new CliFailure($"clue {clue.Id} has region {clue.Region}, which routes nowhere: record it with a region"));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Handover(CliContext context)
    {
        var to = new Option<string>("--to") { Description = "移送至 Region code of the receiving procuratorate, or 'up' for the level above", Required = true };
        var reason = new Option<string>("--reason") { Description = "理由 Why", Required = true };
        var command = new Command("handover", "移送 Hand the clue over to another procuratorate, with the reason") { Id, to, reason, User };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var handover = CaseStoreAccess.Clues(context, parse).HandOver(parse.GetValue(Id), parse.GetRequiredValue(to), parse.GetRequiredValue(reason), UserOf(parse));
            context.Output.WriteLine(handover.ToProcuratorate);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Evaluate(CliContext context)
    {
        var harmed = new Option<bool>("--public-interest-harmed") { Description = "公共利益受到侵害 The public interest is harmed" };
        var many = new Option<bool>("--many-affected") { Description = "涉及众多个人 Many people are affected" };
        var duty = new Option<string?>("--duty-sector") { Description = "负有监管职责的领域 Sector of the agency with the duty" };
        var failed = new Option<bool>("--agency-failed") { Description = "行政机关未依法履职 The agency failed its duty" };
        var decision = new Option<string>("--decision") { Description = "结论 open (立案) or decline (不予立案)", Required = true };
        var reasons = new Option<string?>("--reasons") { Description = "理由 Reasons (required to decline)" };
        var command = new Command("evaluate", "评估 Evaluate the clue with the checklist; open or decline") { Id, harmed, many, duty, failed, decision, reasons, User };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var evaluation = CaseStoreAccess.Clues(context, parse).Evaluate(parse.GetValue(Id), new EvaluationInput
            {
                PublicInterestHarmed = parse.GetValue(harmed),
                ManyAffected = parse.GetValue(many),
                DutySector = parse.GetValue(duty),
                AgencyFailed = parse.GetValue(failed),
                Decision = parse.GetRequiredValue(decision),
                Reasons = parse.GetValue(reasons) ?? string.Empty,
            }, UserOf(parse));
            context.Output.WriteLine(evaluation.Decision == "open" ? "accepted" : "declined");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Export(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "输出文件 The XLSX to write", Required = true };
        var status = new Option<string?>("--status") { Description = "状态 Only clues of this status" };
        var sector = new Option<string?>("--sector") { Description = "主管领域 Only clues for this sector's agency (e.g. human-resources)" };
        var command = new Command("export", "导出线索清单 Export clues as XLSX for the agency they go to, personal data masked") { output, status, sector };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var reference = context.Reference(parse);
            if (parse.GetValue(sector) is { } s && reference.Sectors.Find(s) is null)
            {
                throw new CliFailure($"'{s}' is not a sector (see piplwatch agency sectors)");
            }

            var clues = CaseStoreAccess.Clues(context, parse).List(parse.GetValue(status));
            var file = parse.GetRequiredValue(output);
            var count = new ClueExport(reference, new Detection.PiiDetector(reference.Regions)).Write(file, clues, parse.GetValue(sector) is { } id ? reference.Sectors.Find(id)!.Id : null);
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} clues written to {file}"));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Figures(CliContext context)
    {
        var command = new Command("figures", "涉案数量 Record the items and gains the criminal thresholds count; prints the assessment")
        {
            Id, FigureOptions.Sensitive, FigureOptions.Important, FigureOptions.Other, FigureOptions.Gains, FigureOptions.Insider,
        };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var clue = CaseStoreAccess.Clues(context, parse).SetFigures(parse.GetValue(Id), FigureOptions.Read(parse));
            foreach (var reason in ClueService.Assess(clue)?.Reasons ?? ["没有数量或数额 no figures"])
            {
                context.Output.WriteLine(reason);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string YesNo(bool value) => value ? "是" : "否";

    private static object View(Clue clue) => new
    {
        clue.Id,
        clue.Status,
        clue.Source,
        clue.Title,
        clue.Subject,
        clue.Model,
        clue.Kind,
        clue.Description,
        clue.Region,
        clue.Procuratorate,
        ProcuratorateRegion = clue.ProcuratorateRegion,
        LegalBasis = clue.LegalBasis.Split(',', StringSplitOptions.RemoveEmptyEntries),
        Sectors = clue.Sectors.Split(',', StringSplitOptions.RemoveEmptyEntries),
        clue.Score,
        Criminal = ClueService.Assess(clue) is { } assessment ? new { assessment.Level, assessment.Score, assessment.ConsiderReferral, LegalBasis = ThresholdAssessment.LegalId, assessment.Reasons } : null,
        Attachments = clue.Attachments.Select(a => new { a.FileName, a.Sha256, a.Length }),
        Contact = clue.Contact is null ? null : DisplayMask.Phone(clue.Contact),
        ReceivedAt = clue.ReceivedAt.ToOffset(TimeSpan.FromHours(8)),
        clue.ReceivedBy,
        Findings = clue.Findings.Select(f => new { f.FindingId, f.RunId, f.ModelVersion, f.Reason, f.Score, f.ReportSha256, RunFinishedAt = f.RunFinishedAt.ToOffset(TimeSpan.FromHours(8)) }),
        Handovers = clue.Handovers.Select(h => new { h.FromProcuratorate, h.ToProcuratorate, h.ToRegion, h.Reason, At = h.At.ToOffset(TimeSpan.FromHours(8)), h.By }),
        Evaluations = clue.Evaluations.Select(e => new { e.PublicInterestHarmed, e.ManyAffected, e.DutySector, e.AgencyFailed, e.Decision, e.Reasons, At = e.At.ToOffset(TimeSpan.FromHours(8)), e.By }),
    };
}
