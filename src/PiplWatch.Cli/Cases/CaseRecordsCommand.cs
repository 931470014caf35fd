using System.CommandLine;
using System.Globalization;
using PiplWatch.Cases.Documents;
using PiplWatch.Cases.Evidence;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cli.Infrastructure;

namespace PiplWatch.Cli.Cases;

/// <summary>
/// The records of a case: <c>investigate</c>, <c>meeting</c>, <c>recommend</c>, <c>reply</c>, <c>follow-up</c>,
/// <c>claim</c>, <c>evidence</c>, <c>doc</c> and <c>template</c>.
/// </summary>
internal static class CaseRecordsCommand
{
    private static readonly Argument<long> Id = new("id") { Description = "案件编号 Case id" };
    private static readonly Option<string?> User = new("--user") { Description = "操作人 Who records it (default: the OS user)" };

    public static IEnumerable<Command> Create(CliContext context) =>
        [Investigate(context), Meeting(context), Recommend(context), Reply(context), FollowUp(context), Claim(context), Evidence(context), Doc(context), Template(context)];

    private static string UserOf(ParseResult parse) => parse.GetValue(User) ?? Environment.UserName;

    private static Option<string?> DateOption(string description) => new("--date") { Description = description + " (YYYY-MM-DD; default today)" };

    private static DateOnly DateOf(ParseResult parse, Option<string?> option, CaseService cases) =>
        parse.GetValue(option) is { } value
            ? DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : throw CliFailure.Usage($"--date '{value}' is not a date YYYY-MM-DD")
            : cases.Today;

    private static Command Investigate(CliContext context)
    {
        var kind = new Option<string>("--kind") { Description = "方式 " + string.Join(", ", InvestigationKinds.Zh.Keys), Required = true };
        var date = DateOption("日期 Day");
        var summary = new Option<string>("--summary") { Description = "经过与发现 What was done and found", Required = true };
        var evidence = new Option<long[]>("--evidence") { Description = "证据编号 Evidence items it produced", AllowMultipleArgumentsPerToken = true };
        var command = new Command("investigate", "调查记录 Record an investigation (inquiry, inspection, data collision …)") { Id, kind, date, summary, evidence, User };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var cases = CaseStoreAccess.Cases(context, parse);
            var row = cases.Investigate(parse.GetValue(Id), parse.GetRequiredValue(kind), DateOf(parse, date, cases), parse.GetRequiredValue(summary), UserOf(parse), parse.GetValue(evidence));
            context.Output.WriteLine(row.Id.ToString(CultureInfo.InvariantCulture));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Meeting(CliContext context)
    {
        var kind = new Option<string>("--kind") { Description = "consultation (诉前磋商) or hearing (公开听证)", Required = true };
        var date = DateOption("日期 Day");
        var place = new Option<string?>("--place") { Description = "地点 Place" };
        var participants = new Option<string[]>("--participant") { Description = "参加人 ROLE:NAME[:ORGANISATION], repeatable; roles " + string.Join(", ", ParticipantRoles.Zh.Keys), AllowMultipleArgumentsPerToken = true };
        var minutes = new Option<string>("--minutes") { Description = "纪要 Minutes", Required = true };
        var conclusion = new Option<string>("--conclusion") { Description = "结论 Conclusion", Required = true };
        var command = new Command("meeting", "磋商或听证 Record a consultation or public hearing with its participants") { Id, kind, date, place, participants, minutes, conclusion, User };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var cases = CaseStoreAccess.Cases(context, parse);
            var people = (parse.GetValue(participants) ?? []).Select(p => p.Split(':', 3)).Select(p => p.Length >= 2
                ? new MeetingParticipant { Role = p[0], Name = p[1], Organisation = p.Length == 3 ? p[2] : null }
                : throw CliFailure.Usage($"--participant '{string.Join(':', p)}': ROLE:NAME[:ORGANISATION]")).ToList();
            var meeting = cases.Hold(parse.GetValue(Id), new MeetingInput(parse.GetRequiredValue(kind), DateOf(parse, date, cases), parse.GetValue(place), parse.GetRequiredValue(minutes), parse.GetRequiredValue(conclusion), people), UserOf(parse));
            context.Output.WriteLine(meeting.Kind);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Recommend(CliContext context)
    {
        var date = DateOption("送达日期 Day it was served");
        var agency = new Option<string>("--agency") { Description = "被建议机关领域 Sector of the addressee agency", Required = true };
        var urgent = new Option<bool>("--urgent") { Description = "紧急情形 15 days to reply" };
        var facts = new Option<string?>("--facts") { Description = "事实 Facts (default: the clue's)" };
        var basis = new Option<string[]>("--basis") { Description = "法律依据 Article ids (default: the clue's)", AllowMultipleArgumentsPerToken = true };
        var asks = new Option<string[]>("--ask") { Description = "建议事项 What is asked, repeatable (default: the three usual requests)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("recommend", "检察建议 Serve a recommendation with its facts, legal basis and asks") { Id, date, agency, urgent, facts, basis, asks, User };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var cases = CaseStoreAccess.Cases(context, parse);
            var recommendation = cases.Recommend(parse.GetValue(Id), new RecommendationInput(DateOf(parse, date, cases), parse.GetRequiredValue(agency), parse.GetValue(urgent), parse.GetValue(facts), parse.GetValue(basis), parse.GetValue(asks)), UserOf(parse));
            context.Output.WriteLine(recommendation.Agency);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Reply(CliContext context)
    {
        var date = DateOption("收到回复日期 Day the reply arrived");
        var text = new Option<string>("--text") { Description = "回复及整改情况 The reply and rectification report", Required = true };
        var command = new Command("reply", "回复 Record the agency's written reply") { Id, date, text, User };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var cases = CaseStoreAccess.Cases(context, parse);
            cases.Reply(parse.GetValue(Id), DateOf(parse, date, cases), parse.GetRequiredValue(text), UserOf(parse));
            context.Output.WriteLine("reply");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command FollowUp(CliContext context)
    {
        var date = DateOption("日期 Day");
        var report = new Option<string>("--report") { Description = "跟进运行报告 The follow-up run's report.json (or audit findings.json)", Required = true };
        var command = new Command("follow-up", "跟进调查 Compare a new run with the case's findings: fixed, still open, new") { Id, date, report, User };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetRequiredValue(report);
            var (parsed, sha) = await CaseStoreAccess.ReadReportAsync(file, cancellationToken);
            return CaseStoreAccess.Guard(() =>
            {
                var cases = CaseStoreAccess.Cases(context, parse);
                var id = parse.GetValue(Id);
                var locker = new EvidenceLocker(CaseStoreAccess.Open(parse), CliContext.DataDirectory(parse));
                var evidence = locker.Prepare(id, file, parsed.Model.StartsWith("audit", StringComparison.Ordinal) || parsed.Model == "disclosure-audit" ? EvidenceKinds.Audit : EvidenceKinds.ModelRun, "跟进调查运行报告 " + parsed.RunId, UserOf(parse));
                var followUp = cases.FollowUpWith(id, DateOf(parse, date, cases), parsed, sha, UserOf(parse), evidence);
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fixed {followUp.Fixed}, still open {followUp.StillOpen}, new {followUp.New}"));
                context.Output.WriteLine(followUp.Conclusion);
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Claim(CliContext context)
    {
        var kind = new Option<string>("--kind") { Description = "请求 " + string.Join(", ", CivilClaim.Kinds.Keys), Required = true };
        var text = new Option<string>("--text") { Description = "请求内容 The claim in words", Required = true };
        var amount = new Option<decimal?>("--amount") { Description = "金额（元） Amount in yuan (damages)" };
        var command = new Command("claim", "诉讼请求 Add a claim to a civil case") { Id, kind, text, amount };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var claim = CaseStoreAccess.Cases(context, parse).Claim(parse.GetValue(Id), parse.GetRequiredValue(kind), parse.GetRequiredValue(text), parse.GetValue(amount));
            context.Output.WriteLine(claim.Id.ToString(CultureInfo.InvariantCulture));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Evidence(CliContext context)
    {
        var command = new Command("evidence", "证据 The evidence locker: add, list, verify, export");
        var file = new Argument<string>("file") { Description = "文件 File to add" };
        var kind = new Option<string>("--kind") { Description = "file, model-run or audit", DefaultValueFactory = _ => EvidenceKinds.File };
        var description = new Option<string>("--description") { Description = "说明 What it shows", Required = true };
        var add = new Command("add", "加入证据 Add a file (stored by SHA-256); prints the item id") { Id, file, kind, description, User };
        add.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var item = Locker(parse).Add(parse.GetValue(Id), parse.GetRequiredValue(file), parse.GetRequiredValue(kind), parse.GetRequiredValue(description), UserOf(parse));
            context.Output.WriteLine(item.Id.ToString(CultureInfo.InvariantCulture));
            context.Error.WriteLine("sha256 " + item.Sha256);
            return ExitCodes.Success;
        }));
        var list = new Command("list", "证据清单 The case's items with their chain of custody") { Id };
        list.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var items = Locker(parse).List(parse.GetValue(Id));
            if (parse.GetValue(CommonOptions.Json))
            {
                context.WriteJson(items.Select(i => new { i.Id, i.Kind, i.Sha256, i.Length, i.FileName, i.Description, i.RunId, i.InputsJson, AddedAt = i.AddedAt.ToOffset(TimeSpan.FromHours(8)), i.AddedBy, Custody = i.Custody.Select(c => new { c.Action, At = c.At.ToOffset(TimeSpan.FromHours(8)), c.By, c.Sha256Seen, c.Note }) }));
                return ExitCodes.Success;
            }

            foreach (var item in items)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{item.Id} [{item.Kind}] {item.FileName} {item.Length} bytes sha256 {item.Sha256} — {item.Description}"));
                foreach (var entry in item.Custody.OrderBy(c => c.Id))
                {
                    context.Output.WriteLine($"    {entry.At.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} {entry.Action} by {entry.By}{(entry.Note is null ? string.Empty : " — " + entry.Note)}");
                }
            }

            return ExitCodes.Success;
        }));
        var item = new Argument<long>("item") { Description = "证据编号 Evidence item id" };
        var verify = new Command("verify", "核验 Hash the stored content again; exit 1 if it changed") { item, User };
        verify.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var intact = Locker(parse).Verify(parse.GetValue(item), UserOf(parse));
            context.Output.WriteLine(intact ? "intact" : "CHANGED OR MISSING");
            return intact ? ExitCodes.Success : ExitCodes.Failed;
        }));
        var output = new Option<string>("--out") { Description = "导出至 Where to copy it", Required = true };
        var export = new Command("export", "导出 Copy the item out, recorded in its chain of custody") { item, output, User };
        export.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            context.Output.WriteLine(Locker(parse).Export(parse.GetValue(item), parse.GetRequiredValue(output), UserOf(parse)));
            return ExitCodes.Success;
        }));
        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        command.Subcommands.Add(verify);
        command.Subcommands.Add(export);
        return command;
    }

    private static Command Doc(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = "文书 " + string.Join(", ", DocumentKinds.All.Select(k => k.Id)) };
        var output = new Option<string>("--out") { Description = "输出 The DOCX to write", Required = true };
        var command = new Command("doc", "生成文书 Generate a document of the case from its template") { Id, kind, output, User };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var generated = Documents(context, parse).Generate(parse.GetValue(Id), parse.GetRequiredValue(kind), parse.GetRequiredValue(output), UserOf(parse));
            context.Output.WriteLine(generated.Path);
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sha256 {generated.Sha256}, kept as evidence item {generated.EvidenceItemId}"));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Template(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = "文书 " + string.Join(", ", DocumentKinds.All.Select(k => k.Id)) };
        var output = new Option<string>("--out") { Description = "输出 Where to write the template", Required = true };
        var command = new Command("template", "导出模板 Write the template in use, to edit and put in <data>/templates/KIND.docx") { kind, output };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var documents = Documents(context, parse);
            var (content, name) = documents.Template(parse.GetRequiredValue(kind));
            File.WriteAllBytes(parse.GetRequiredValue(output), content);
            context.Output.WriteLine(string.Join(" ", DocxTemplate.Placeholders(content).Select(p => "{{" + p + "}}")));
            context.Error.WriteLine($"from {name}; edit it and save as {Path.Combine(documents.TemplateFolder, parse.GetRequiredValue(kind) + ".docx")}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static EvidenceLocker Locker(ParseResult parse) => new(CaseStoreAccess.Open(parse), CliContext.DataDirectory(parse));

    private static DocumentService Documents(CliContext context, ParseResult parse)
    {
        var reference = context.Reference(parse);
        var data = CliContext.DataDirectory(parse);
        var store = CaseStoreAccess.Open(parse);
        return new DocumentService(CaseStoreAccess.Cases(context, parse), new EvidenceLocker(store, data), store, reference, new Detection.PiiDetector(reference.Regions), data);
    }
}
