using System.Globalization;
using System.Text;
using PiplWatch.Detection.Validation;

namespace PiplWatch.Analytics.Tests.Datasets;

/// <summary>Writes booking exports as a museum's system would, with generated visitors (no real person's data).</summary>
internal sealed class ReservationExportBuilder
{
    private readonly List<string[]> _rows = [];

    static ReservationExportBuilder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string[] Headers { get; } = ["预约号", "游客姓名", "证件号码", "预约渠道", "旅行社", "参观日期", "预约状态"];

    public static string Id(int n)
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"3602021985{(n % 12) + 1:00}{(n % 27) + 1:00}{n % 1000:000}");
        return first17 + IdNumber.CheckChar(first17);
    }

    public ReservationExportBuilder WithVisits(int count, string channel = "团队预约", string status = "已核销")
    {
        for (var i = 0; i < count; i++)
        {
            var n = _rows.Count;
            _rows.Add([string.Create(CultureInfo.InvariantCulture, $"YY{n:000000}"), "游客" + n.ToString(CultureInfo.InvariantCulture), Id(n % 37), channel, "某某旅行社", $"2025/{(n % 6) + 1}/{(n % 28) + 1}", status]);
        }

        return this;
    }

    public ReservationExportBuilder WithRow(params string[] row)
    {
        _rows.Add(row);
        return this;
    }

    public void WriteCsv(string path, Encoding? encoding = null)
    {
        var text = new StringBuilder(string.Join(',', Headers)).Append('\n');
        foreach (var row in _rows)
        {
            text.Append(string.Join(',', row.Select(c => c.Contains(',', StringComparison.Ordinal) || c.Contains('\n', StringComparison.Ordinal) ? "\"" + c + "\"" : c))).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), encoding ?? new UTF8Encoding(false));
    }
}
