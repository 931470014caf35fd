using System.Text;

namespace PiplWatch.Core.Legal;

/// <summary>Cites articles the way Chinese legal documents do: 《中华人民共和国个人信息保护法》第十条, 第二百五十三条之一.</summary>
public static class LegalCitation
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>The citation of an article or a law id; the id itself when the catalog does not have it.</summary>
    public static string Zh(LegalCatalog catalog, string id)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (catalog.FindArticle(id) is { } article && catalog.FindLaw(article.LawId) is { } law)
        {
            return $"《{law.TitleZh}》{ArticleZh(article.Article)}";
        }

        return catalog.FindLaw(id) is { } whole ? $"《{whole.TitleZh}》" : id;
    }

    /// <summary>"10" → 第十条; "253-1" → 第二百五十三条之一; anything else is kept as written.</summary>
    public static string ArticleZh(string article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var parts = article.Split('-');
        if (parts.Length is < 1 or > 2 || !parts.All(p => int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and < 10000))
        {
            return article;
        }

        var text = $"第{Number(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture))}条";
        return parts.Length == 2 ? text + "之" + Number(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)) : text;
    }

    /// <summary>A number below 10,000 in Chinese numerals (十, 十五, 一百零五, 一千零二十).</summary>
    public static string Number(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(value, 10000);
        if (value is >= 10 and < 20)
        {
            return "十" + (value % 10 == 0 ? string.Empty : Digits[value % 10]);
        }

        var builder = new StringBuilder();
        var units = new[] { (1000, "千"), (100, "百"), (10, "十"), (1, string.Empty) };
        var pendingZero = false;
        foreach (var (unit, name) in units)
        {
            var digit = value / unit % 10;
            if (digit == 0)
            {
                pendingZero = builder.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                builder.Append('零');
                pendingZero = false;
            }

            builder.Append(Digits[digit]).Append(name);
        }

        return builder.ToString();
    }
}
