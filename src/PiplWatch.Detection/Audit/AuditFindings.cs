using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using PiplWatch.Core.Findings;

namespace PiplWatch.Detection.Audit;

/// <summary>
/// Turns an audit into Core's report contract (<c>findings.json</c>): one finding per file that exposes personal data
/// against the public-notice standard, so that a clue can be made from it and a re-audit compared by finding id.
/// </summary>
public static class AuditFindings
{
    /// <summary>Model id of the audit in reports and clues.</summary>
    public const string Model = "disclosure-audit";

    // Public disclosure needs separate consent (PIPL 25); state organs process within their duties (PIPL 34) and keep
    // personal information they hold confidential (Civil Code 1039); de-identification is a required measure (PIPL 51);
    // government information disclosure excludes personal privacy (GIDR 15).
    private static readonly string[] LegalBasis = ["PIPL-25", "PIPL-34", "PIPL-51", "CC-1039", "GIDR-15"];

    /// <summary>The findings report for <paramref name="report"/>; <paramref name="region"/> routes the clue, <paramref name="sector"/> names the competent agency if known.</summary>
    public static FindingsReport Build(AuditReport report, string region, string? sector)
    {
        ArgumentNullException.ThrowIfNull(report);
        var findings = report.Files.Where(f => f.Exposes).Select(f => Finding(report, f, region, sector)).ToList();
        var hashes = string.Join('\n', report.Files.Select(f => f.Sha256));
        return new FindingsReport
        {
            Model = Model,
            ModelVersion = report.EngineVersion,
            RunId = "audit-" + report.StartedAt.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture),
            StartedAt = report.StartedAt,
            FinishedAt = report.FinishedAt,
            Parameters = new JsonObject { ["site"] = report.Site, ["region"] = region, ["sector"] = sector },
            Inputs = [new ReportInput("site", report.Site, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hashes))), report.Totals.Files, report.Totals.UnreadableFiles)],
            Summary = new JsonObject
            {
                ["files"] = report.Totals.Files,
                ["exposing_files"] = report.Totals.ExposingFiles,
                ["distinct_unmasked_ids"] = report.Totals.DistinctUnmaskedIds,
                ["unmasked_names_next_to_ids"] = report.Totals.UnmaskedNamesNextToIds,
                ["unmasked_phones"] = report.Totals.UnmaskedPhones,
                ["door_level_addresses"] = report.Totals.DoorLevelAddresses,
                ["noncompliant_masked_ids"] = report.Totals.NoncompliantMaskedIds,
                ["fake_redactions"] = report.Totals.FakeRedactions,
            },
            Findings = findings,
        };
    }

    private static Finding Finding(AuditReport report, FileAudit file, string region, string? sector)
    {
        var subject = report.Site.TrimEnd('/') + "/" + file.Path;
        var signals = new List<string>();
        void Signal(bool on, string name)
        {
            if (on)
            {
                signals.Add(name);
            }
        }

        Signal(file.UnmaskedIds > 0, "unmasked_ids");
        Signal(file.UnmaskedNamesNextToIds > 0, "names_next_to_ids");
        Signal(file.UnmaskedPhones > 0, "unmasked_phones");
        Signal(file.DoorLevelAddresses > 0, "door_level_addresses");
        Signal(file.NoncompliantMaskedIds > 0, "noncompliant_masking");
        Signal(file.HiddenItems > 0, "hidden_exposure");
        Signal(file.FakeRedactions > 0, "fake_redaction");
        var points = file.UnmaskedIds + (0.5 * (file.UnmaskedNamesNextToIds + file.UnmaskedPhones + file.DoorLevelAddresses)) + (0.2 * file.NoncompliantMaskedIds) + file.FakeRedactions;
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"{file.Path} 公开了 {file.UnmaskedIds} 个完整身份证号（其中 {file.UnmaskedIdsVisible} 个页面可见）、{file.UnmaskedNamesNextToIds} 个与身份证号同行的姓名、{file.UnmaskedPhones} 个电话号码、{file.DoorLevelAddresses} 个门牌级地址；{file.NoncompliantMaskedIds} 个身份证号脱敏未达公示标准；{file.HiddenItems} 处个人信息位于页面不可见处；{file.FakeRedactions} 处PDF遮盖未删除文字。");
        return new Finding
        {
            Id = FindingId.For(Model, "unmasked_disclosure", subject, region),
            Subject = subject,
            Kind = "unmasked_disclosure",
            Signals = signals,
            Score = Math.Round(points / (points + 10), 3),
            Reason = reason,
            LegalBasis = LegalBasis,
            Sectors = sector is null ? [] : [sector],
            Region = region,
            Evidence =
            [
                new JsonObject
                {
                    ["path"] = file.Path,
                    ["sha256"] = file.Sha256,
                    ["unmasked_ids"] = file.UnmaskedIds,
                    ["unmasked_ids_visible"] = file.UnmaskedIdsVisible,
                    ["unmasked_names_next_to_ids"] = file.UnmaskedNamesNextToIds,
                    ["unmasked_phones"] = file.UnmaskedPhones,
                    ["door_level_addresses"] = file.DoorLevelAddresses,
                    ["noncompliant_masked_ids"] = file.NoncompliantMaskedIds,
                    ["hidden_items"] = file.HiddenItems,
                    ["fake_redactions"] = file.FakeRedactions,
                },
            ],
        };
    }
}
