using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PiplWatch.Web.Audits;
using PiplWatch.Web.Jobs;

namespace PiplWatch.Web.Tests;

/// <summary>
/// Generated people for the audit pages: ID numbers with valid check characters for made-up birth dates and serials,
/// phone numbers in the repository's test pattern, and a housing notice that publishes them. Nobody real.
/// </summary>
internal static class AuditFixtureData
{
    private static readonly Lock Gate = new();

    /// <summary>A valid-checksum ID number of region <paramref name="region"/>, birth date <paramref name="birth"/> (yyyyMMdd), serial <paramref name="serial"/>.</summary>
    public static string IdNumber(string region, string birth, int serial)
    {
        var first17 = region + birth + serial.ToString("D3", CultureInfo.InvariantCulture);
        return first17 + Detection.Validation.IdNumber.CheckChar(first17);
    }

    /// <summary>Masked as the public-notice standard asks: the birth date hidden.</summary>
    public static string Masked(string id) => id[..6] + "********" + id[14..];

    public static readonly string IdA = IdNumber("360203", "19800101", 123);
    public static readonly string IdB = IdNumber("360203", "19900215", 456);
    public static readonly string IdC = IdNumber("110105", "19751230", 789);
    public const string PhoneA = "13812345678";
    public const string PhoneB = "13987654321";

    /// <summary>Every raw value the files hold: none may appear on a page or in a download.</summary>
    public static IReadOnlyList<string> RawValues => [IdA, IdB, IdC, PhoneA, PhoneB];

    /// <summary>A notice table with two people in full: 2 IDs, 2 phones, 2 names next to IDs.</summary>
    public static byte[] Notice() => Encoding.UTF8.GetBytes(
        $"姓名,身份证号,联系电话\n张三丰,{IdA},{PhoneA}\n李四娜,{IdB},{PhoneB}\n");

    /// <summary>The notice after rectification: every value masked to the standard.</summary>
    public static byte[] NoticeFixed() => Encoding.UTF8.GetBytes(
        $"姓名,身份证号,联系电话\n张*丰,{Masked(IdA)},138****5678\n李*娜,{Masked(IdB)},139****4321\n");

    /// <summary>An HTML list with one ID in full (IdA again: distinct across files is 3) and one masked to the standard.</summary>
    public static byte[] List() => Encoding.UTF8.GetBytes(
        $"<html><body><table><tr><th>姓名</th><th>身份证号</th></tr><tr><td>王五</td><td>{IdC}</td></tr><tr><td>张三丰</td><td>{IdA}</td></tr><tr><td>赵*</td><td>{Masked(IdB)}</td></tr></table></body></html>");

    /// <summary>A compliant text.</summary>
    public static byte[] Clean() => Encoding.UTF8.GetBytes($"公示名单：张*丰 {Masked(IdA)} 138****5678\n");

    /// <summary>An audit and a re-audit that compares with it, straight through the store, for pages that show one.</summary>
    public static (string First, string Second) Ensure(WebHostFixture host)
    {
        lock (Gate)
        {
            var store = host.Services.GetRequiredService<AuditStore>();
            if (store.List().FirstOrDefault(a => a.Request.Target == "browser-fixture" && a.Request.CompareWith is not null) is { } existing)
            {
                return (existing.Request.CompareWith!, existing.Id);
            }

            var request = new AuditRequest { Kind = AuditKinds.Upload, Target = "browser-fixture", Region = "360203", Sector = "housing" };
            var first = Run(store, request, [("notice.csv", Notice()), ("list.html", List()), ("clean.txt", Clean())]);
            var second = Run(store, request with { CompareWith = first }, [("notice.csv", NoticeFixed()), ("list.html", List()), ("clean.txt", Clean())]);
            return (first, second);
        }
    }

    private static string Run(AuditStore store, AuditRequest request, IEnumerable<(string Name, byte[] Content)> files)
    {
        var id = store.NewId();
        var staging = store.Stage(id);
        foreach (var (name, content) in files)
        {
            using var stream = new MemoryStream(content);
            AuditStore.SaveUploadAsync(staging, name, stream, CancellationToken.None).GetAwaiter().GetResult();
        }

        var job = new JobState { Id = "fixture", Title = "fixture", User = "analyst" };
        return store.RunAsync(id, request, "analyst", job).GetAwaiter().GetResult().Id;
    }
}
