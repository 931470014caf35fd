using System.CommandLine;
using System.Globalization;
using PiplWatch.Cases.Damages;
using PiplWatch.Cases.Thresholds;
using PiplWatch.Cli.Infrastructure;

namespace PiplWatch.Cli.Cases;

/// <summary>The figures the criminal thresholds count, as options shared by <c>threshold</c>, <c>clue add</c> and <c>clue figures</c>.</summary>
internal static class FigureOptions
{
    public static readonly Option<long> Sensitive = new("--sensitive") { Description = "行踪轨迹、通信内容、征信、财产信息条数 (50)" };
    public static readonly Option<long> Important = new("--important") { Description = "住宿、通信记录、健康生理、交易信息条数 (500)" };
    public static readonly Option<long> Other = new("--other") { Description = "其他公民个人信息条数 (5000)" };
    public static readonly Option<decimal> Gains = new("--gains") { Description = "违法所得（元） Illegal gains (5000)" };
    public static readonly Option<bool> Insider = new("--insider") { Description = "履职或服务中获得 Obtained at work: half the thresholds" };

    public static ThresholdFigures Read(ParseResult parse) => new()
    {
        Sensitive = parse.GetValue(Sensitive),
        Important = parse.GetValue(Important),
        Other = parse.GetValue(Other),
        Gains = parse.GetValue(Gains),
        Insider = parse.GetValue(Insider),
    };
}

/// <summary>
/// <c>piplwatch damages --method gains --amount N</c> or <c>--method factors …</c>: public-interest damages with the
/// reasoning; <c>piplwatch threshold …</c>: figures against the criminal thresholds of the 2017 interpretation.
/// </summary>
internal static class DamagesCommand
{
    public static Command Create(CliContext context)
    {
        var method = new Option<string>("--method") { Description = "方法 gains (违法所得) or factors (综合因素)", Required = true };
        var amount = new Option<decimal?>("--amount") { Description = "违法所得（元） Illegal gains in yuan (method gains)" };
        var views = new Option<long>("--views") { Description = "浏览或下载次数 Views or downloads" };
        var harm = new Option<string>("--harm") { Description = "损害程度 ordinary, serious or severe", DefaultValueFactory = _ => "ordinary" };
        var repair = new Option<decimal>("--repair") { Description = "修复费用（元） Repair cost in yuan" };
        var fines = new Option<decimal>("--fines") { Description = "已判罚金（元） Criminal fines already imposed" };
        var offset = new Option<decimal>("--fine-offset") { Description = "罚金折抵比例 Share of the fines offset (default 0.5)", DefaultValueFactory = _ => 0.5m };
        var ability = new Option<decimal?>("--ability") { Description = "支付能力（元） What the defendants can pay" };
        var command = new Command("damages", "公益损害赔偿 Public-interest damages by illegal gains or by factors, with the reasoning")
        {
            method, amount, FigureOptions.Sensitive, FigureOptions.Important, FigureOptions.Other, views, harm, repair, fines, offset, ability,
        };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var result = parse.GetRequiredValue(method) switch
            {
                "gains" => DamagesCalculator.ByGains(parse.GetValue(amount) ?? throw CliFailure.Usage("--method gains needs --amount")),
                "factors" => DamagesCalculator.ByFactors(new FactorInputs
                {
                    SensitiveItems = parse.GetValue(FigureOptions.Sensitive),
                    ImportantItems = parse.GetValue(FigureOptions.Important),
                    OtherItems = parse.GetValue(FigureOptions.Other),
                    Views = parse.GetValue(views),
                    Harm = parse.GetRequiredValue(harm) switch
                    {
                        "ordinary" => HarmLevel.Ordinary,
                        "serious" => HarmLevel.Serious,
                        "severe" => HarmLevel.Severe,
                        var h => throw CliFailure.Usage($"--harm '{h}': ordinary, serious or severe"),
                    },
                    RepairCost = parse.GetValue(repair),
                    CriminalFines = parse.GetValue(fines),
                    FineOffset = parse.GetValue(offset),
                    AbilityToPay = parse.GetValue(ability),
                }),
                var m => throw CliFailure.Usage($"--method '{m}': gains or factors"),
            };
            if (parse.GetValue(CommonOptions.Json))
            {
                context.WriteJson(result);
                return ExitCodes.Success;
            }

            context.Output.WriteLine(result.Low == result.High
                ? string.Create(CultureInfo.InvariantCulture, $"公益损害赔偿金 {result.Point:N2} 元")
                : string.Create(CultureInfo.InvariantCulture, $"公益损害赔偿金建议区间 {result.Low:N0}–{result.High:N0} 元（中值 {result.Point:N0} 元）"));
            foreach (var line in result.Reasoning)
            {
                context.Output.WriteLine("  " + line);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command CreateThreshold(CliContext context)
    {
        var command = new Command("threshold", "入罪标准 Figures against the thresholds of 侵犯公民个人信息罪 (法释〔2017〕10号 art. 5)")
        {
            FigureOptions.Sensitive, FigureOptions.Important, FigureOptions.Other, FigureOptions.Gains, FigureOptions.Insider,
        };
        command.SetAction(parse => CaseStoreAccess.Guard(() =>
        {
            var assessment = CriminalThresholds.Assess(FigureOptions.Read(parse));
            if (parse.GetValue(CommonOptions.Json))
            {
                context.WriteJson(new { assessment.Level, assessment.Score, assessment.ConsiderReferral, LegalBasis = ThresholdAssessment.LegalId, assessment.Reasons });
                return ExitCodes.Success;
            }

            context.Output.WriteLine(assessment.Level switch
            {
                ThresholdLevel.EspeciallySerious => "情节特别严重 especially serious — consider a criminal referral",
                ThresholdLevel.Serious => "情节严重 serious — consider a criminal referral",
                _ => "未达标准 below the thresholds",
            });
            foreach (var reason in assessment.Reasons)
            {
                context.Output.WriteLine("  " + reason);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
