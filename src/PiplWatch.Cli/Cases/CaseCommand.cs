using System.CommandLine;
using System.Globalization;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Workflow;
using PiplWatch.Cli.Infrastructure;
using Spectre.Console;

namespace PiplWatch.Cli.Cases;

/// <summary>
/// <c>piplwatch case open | advance | deadlines | show | list | reminders</c>: cases through the stages of the rules
/// table, with every time limit computed and written out.
/// </summary>
internal static class CaseCommand
{
    private static readonly Argument<long> Id = new("id") { Description = "案件编号 Case id" };
    private static readonly Option<string?> User = new("--user") { Description = "操作人 Who records it (default: the OS user)" };
    private static readonly Option<string?> Today = new("--today") { Description = "按此日期计算 Compute as of this day (YYYY-MM-DD; default today)" };

    public static Command Create(CliContext context)
    {
        var command = new Command("case", "案件 Cases: open, advance, deadlines, show, list, reminders, transfer");
        command.Subcommands.Add(Open(context));
        command.Subcommands.Add(Advance(context));
        command.Subcommands.Add(Deadlines(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Reminders(context));
        command.Subcommands.Add(Transfer(context));
        foreach (var records in CaseRecordsCommand.Create(context))
        {
            command.Subcommands.Add(records);
        }

        return command;
    }

    private static string UserOf(ParseResult parse) => parse.GetValue(User) ?? Environment.UserName;

    private static Command Transfer(CliContext context)
    {
        var to = new Option<string>("--to") { Description = "移送至 Region code of the receiving procuratorate, or 'up' for the level above (提级管辖)", Required = true };
        var reason = new Option<string>("--reason") { Description = "理由 Why: 提级管辖, 指定管辖 or 移送起诉, and the grounds", Required = true };
        var command = new Command("transfer", "移送 Move an open case, with its clue, to another procuratorate") { Id, to, reason, User };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var transfer = CaseStoreAccess.Cases(context, parse).Transfer(parse.GetValue(Id), parse.GetRequiredValue(to), parse.GetRequiredValue(reason), UserOf(parse));
            context.Output.WriteLine(transfer.ToProcuratorate);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Open(CliContext context)
    {
        var clue = new Option<long>("--clue") { Description = "线索编号 The evaluated clue", Required = true };
        var kind = new Option<string>("--kind") { Description = "案件类型 administrative, civil or criminal-civil", Required = true };
        var date = new Option<string?>("--date") { Description = "立案日期 Day the case was opened (default today)" };
        var command = new Command("open", "立案 Open a case on an evaluated clue; prints the case id") { clue, kind, date, User };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var record = CaseStoreAccess.Cases(context, parse).Open(parse.GetValue(clue), CaseKinds.Parse(parse.GetRequiredValue(kind)), UserOf(parse), ParseDate(parse.GetValue(date), "--date"));
            context.Output.WriteLine(record.Id.ToString(CultureInfo.InvariantCulture));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Advance(CliContext context)
    {
        var to = new Option<string>("--to") { Description = "阶段 Stage reached: " + string.Join(", ", RulesCatalog.Embedded.Current.Stages.Select(s => s.Id)), Required = true };
        var date = new Option<string?>("--date") { Description = "发生日期 Day it happened (a recommendation: the day it was served); default today" };
        var agency = new Option<string?>("--agency") { Description = "被建议机关的领域 Sector of the agency a recommendation is addressed to" };
        var urgent = new Option<bool>("--urgent") { Description = "紧急情形 The harm keeps growing: the agency has 15 days" };
        var note = new Option<string?>("--note") { Description = "说明 Note; a termination's ground" };
        var command = new Command("advance", "推进 Record that the case reached a stage") { Id, to, date, agency, urgent, note, User };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var record = CaseStoreAccess.Cases(context, parse).Advance(parse.GetValue(Id), new AdvanceRequest
            {
                To = parse.GetRequiredValue(to),
                Date = ParseDate(parse.GetValue(date), "--date"),
                AgencySector = parse.GetValue(agency),
                Urgent = parse.GetValue(urgent),
                Note = parse.GetValue(note),
            }, UserOf(parse));
            context.Output.WriteLine(record.Stage);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Deadlines(CliContext context)
    {
        var command = new Command("deadlines", "期限 What is due and when, with the computation and its source") { Id, Today };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var cases = CaseStoreAccess.Cases(context, parse);
            var items = cases.Deadlines(parse.GetValue(Id), ParseDate(parse.GetValue(Today), "--today"));
            if (parse.GetValue(CommonOptions.Json))
            {
                context.WriteJson(items);
                return ExitCodes.Success;
            }

            WriteItems(context, items);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Show(CliContext context)
    {
        var command = new Command("show", "案件详情 Show a case: stage, events, what is due") { Id, Today };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var cases = CaseStoreAccess.Cases(context, parse);
            var record = cases.Get(parse.GetValue(Id));
            var today = ParseDate(parse.GetValue(Today), "--today") ?? cases.Today;
            var items = cases.Deadlines(record, today);
            var rules = cases.Procedure.Rules.Get(record.RulesVersion);
            if (parse.GetValue(CommonOptions.Json))
            {
                context.WriteJson(new
                {
                    record.Id,
                    record.ClueId,
                    record.Kind,
                    record.Stage,
                    record.RulesVersion,
                    record.Title,
                    record.Subject,
                    record.Region,
                    record.Procuratorate,
                    record.AgencySector,
                    record.OpenedOn,
                    Events = record.Events.OrderBy(e => e.Id).Select(e => new { e.Stage, e.Date, e.AgencySector, e.Agency, e.Urgent, e.Note, RecordedAt = e.RecordedAt.ToOffset(TimeSpan.FromHours(8)), e.RecordedBy }),
                    Next = rules.Next(CaseKinds.Parse(record.Kind), record.Stage),
                    Deadlines = items,
                });
                return ExitCodes.Success;
            }

            var o = context.Output;
            o.WriteLine($"案件 {record.Id}（{CaseKinds.Parse(record.Kind).Zh()}）：{record.Title}");
            o.WriteLine($"当前阶段 {rules.Stage(record.Stage).Zh} ({record.Stage}) · 办理 {record.Procuratorate} · 规则版本 {record.RulesVersion} · 线索 {record.ClueId}");
            foreach (var e in record.Events.OrderBy(e => e.Id))
            {
                o.WriteLine($"  {e.Date:yyyy-MM-dd} {rules.Stage(e.Stage).Zh}{(e.Agency is null ? string.Empty : $" → {e.Agency}")}{(e.Urgent ? "（紧急）" : string.Empty)}{(e.Note is null ? string.Empty : $"：{e.Note}")}（{e.RecordedBy}）");
            }

            var next = rules.Next(CaseKinds.Parse(record.Kind), record.Stage);
            o.WriteLine(next.Count == 0 ? "已办结" : $"下一步可为 {string.Join("、", next.Select(n => $"{rules.Stage(n).Zh} ({n})"))}");
            WriteItems(context, items);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "案件列表 List cases, newest first");
        command.SetAction(parse =>
        {
            var service = CaseStoreAccess.Cases(context, parse);
            var cases = service.List();
            var table = new Table().AddColumns("编号 id", "类型 kind", "阶段 stage", "标题 title", "检察院 procuratorate", "立案 opened");
            foreach (var record in cases)
            {
                var rules = service.Procedure.Rules.Get(record.RulesVersion);
                table.AddRow(record.Id.ToString(CultureInfo.InvariantCulture), CaseKinds.Parse(record.Kind).Zh(), rules.Stage(record.Stage).Zh, Markup.Escape(record.Title), Markup.Escape(record.Procuratorate), record.OpenedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Reminders(CliContext context)
    {
        var command = new Command("reminders", "提醒 Every open case's items that are due within a week or overdue") { Today };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var reminders = CaseStoreAccess.Cases(context, parse).Reminders(ParseDate(parse.GetValue(Today), "--today"));
            if (parse.GetValue(CommonOptions.Json))
            {
                context.WriteJson(reminders.Select(r => new { Case = r.Case.Id, r.Case.Title, r.Item }));
                return ExitCodes.Success;
            }

            foreach (var (record, item) in reminders)
            {
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"案件 {record.Id} {record.Title}：{item.What} {item.Due:yyyy-MM-dd} {(item.Status == DueStatus.Overdue ? $"已逾期 {-item.DaysLeft} 天" : $"剩余 {item.DaysLeft} 天")}"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteItems(CliContext context, IReadOnlyList<DueItem> items)
    {
        if (items.Count == 0)
        {
            context.Output.WriteLine("暂无期限 No time limit is running");
            return;
        }

        foreach (var item in items)
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{item.Due:yyyy-MM-dd} [{StatusZh(item.Status)}] {item.What}"));
            context.Output.WriteLine($"    依据 {item.Source}{(item.Confirmed ? string.Empty : "（出处未经核实 unconfirmed）")} · 规则 {item.Rule}");
            context.Output.WriteLine($"    计算 {item.Computation}");
        }
    }

    private static string StatusZh(DueStatus status) => status switch
    {
        DueStatus.Pending => "进行中",
        DueStatus.DueSoon => "即将到期",
        DueStatus.Overdue => "已逾期",
        DueStatus.Met => "已按期完成",
        DueStatus.MetLate => "逾期完成",
        DueStatus.Ended => "已届满",
        _ => "已失效",
    };

    private static DateOnly? ParseDate(string? value, string option) =>
        value is null ? null
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw CliFailure.Usage($"{option} '{value}' is not a date YYYY-MM-DD");
}
