using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text;
using PiplWatch.Core.Regions;

namespace PiplWatch.Analytics.Linkage;

/// <summary>One thing the normaliser removed or rewrote, so a match can be explained.</summary>
/// <param name="Rule">
/// <c>width</c> (full-width forms made half-width), <c>punctuation</c> (spaces, brackets, punctuation),
/// <c>place_in_brackets</c>, <c>branch</c>, <c>legal_form</c>, <c>place</c> or <c>abbreviation</c>.
/// </param>
/// <param name="Text">What was removed (for an abbreviation: <c>long→short</c>).</param>
public sealed record NormalizationStep(string Rule, string Text);

/// <summary>A company name reduced to its core, with the parts taken off.</summary>
/// <param name="Core">What is compared: the trade name and line of business, without places, legal form and branch.</param>
/// <param name="Branch">The branch part (天河分公司), empty when the name is a head office's.</param>
/// <param name="Places">Place names taken off the front or out of brackets, short forms (广州, 天河), in order.</param>
/// <param name="Steps">Everything removed or rewritten, in order.</param>
public sealed record NormalizedCompanyName(string Core, string Branch, IReadOnlyList<string> Places, IReadOnlyList<NormalizationStep> Steps)
{
    /// <summary>The steps as one line: <c>legal_form:有限公司; place:广州</c>.</summary>
    public string Explanation => string.Join("; ", Steps.Select(s => $"{s.Rule}:{s.Text}"));
}

/// <summary>
/// Company-name normalisation for record linkage, the one implementation the linker (in C# and, registered as
/// <c>pw_company_norm</c>, in DuckDB SQL) uses. Rules, in order:
/// <list type="number">
/// <item>NFKC: full-width letters, digits, spaces and brackets become half-width (Ａ→A, （→( ); letters upper-cased;
/// 【】〔〕［］ become ( ).</item>
/// <item>A place name in brackets is removed (华澜（广州）科技 → 华澜科技); other brackets are dropped and their text kept.</item>
/// <item>Spaces, punctuation and symbols are removed.</item>
/// <item>A branch suffix (<see cref="BranchSuffixes"/>) at the end is cut off with the words before it back to the last
/// legal form: 广州华澜科技有限公司天河分公司 → branch 天河分公司.</item>
/// <item>Legal-form suffixes (<see cref="LegalForms"/>) are removed from the end, repeatedly, longest first.</item>
/// <item>Place names at the start (provinces, prefectures and counties of the GB/T 2260 catalog, with and without their
/// 省/市/区/县 suffix) are removed, repeatedly, longest first, while at least two characters remain.</item>
/// <item>Abbreviations (<see cref="Abbreviations"/>): the long form is replaced by the short one on both sides.</item>
/// </list>
/// Thread-safe; DuckDB calls it from several threads.
/// </summary>
public sealed class CompanyNameNormalizer
{
    /// <summary>Legal forms removed from the end, longest first (a form that ends another is tried after it).</summary>
    public static readonly IReadOnlyList<string> LegalForms =
    [
        "集团股份有限公司", "集团有限责任公司", "股份合作公司", "集团有限公司", "股份有限公司", "有限责任公司", "个人独资企业",
        "合伙企业(有限合伙)", "合伙企业(普通合伙)", "有限合伙企业", "普通合伙企业", "(有限合伙)", "(普通合伙)", "个体工商户",
        "有限公司", "合伙企业", "有限合伙", "普通合伙", "集团公司", "总公司", "集团", "公司",
    ];

    /// <summary>Branch suffixes: the name ending in one is a branch's; the branch part is kept apart.</summary>
    public static readonly IReadOnlyList<string> BranchSuffixes =
    [
        "分公司", "营业部", "分店", "办事处", "门店", "分部", "分行", "支行", "分所", "经营部", "分厂",
    ];

    /// <summary>Common abbreviations, long form → short form; applied to every name so both sides agree.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Abbreviations =
    [
        new("科学技术", "科技"),
        new("电子商务", "电商"),
        new("人力资源", "人力"),
        new("国际贸易", "国贸"),
        new("信息技术", "信息"),
        new("房地产", "地产"),
        new("物业管理", "物业"),
        new("企业管理", "企管"),
    ];

    private static readonly Lazy<CompanyNameNormalizer> DefaultInstance = new(() => new CompanyNameNormalizer(Core.ReferenceData.Load(null).Regions));

    private readonly FrozenDictionary<string, string> _shortPlace;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _shortPlaceBySpan;
    private readonly FrozenDictionary<string, string[]> _scopes;
    private readonly int _longestPlace;

    /// <summary>A normaliser whose place names come from <paramref name="regions"/> (current divisions only).</summary>
    public CompanyNameNormalizer(RegionCatalog regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var shortOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var scopes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var region in regions.All.Where(r => r.IsCurrent && !r.IsPlaceholder))
        {
            var name = region.Name;
            if (name.Length < 2)
            {
                continue;
            }

            var shortName = RegionNames.WithoutSuffix(name);

            shortOf.TryAdd(name, shortName);
            shortOf.TryAdd(shortName, shortName);
            // The code prefix of everything inside the region (44 for Guangdong, 4401 for Guangzhou, 440106 for Tianhe).
            var scope = region.Level switch { RegionLevel.Province => region.Code[..2], RegionLevel.Prefecture => region.Code[..4], _ => region.Code };
            foreach (var written in new[] { name, shortName }.Distinct(StringComparer.Ordinal))
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(scopes, written, out _) ??= []).Add(scope);
            }
        }

        _shortPlace = shortOf.ToFrozenDictionary(StringComparer.Ordinal);
        _shortPlaceBySpan = _shortPlace.GetAlternateLookup<ReadOnlySpan<char>>();
        _scopes = scopes.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _longestPlace = shortOf.Keys.Max(k => k.Length);
    }

    /// <summary>The normaliser with the embedded region catalog.</summary>
    public static CompanyNameNormalizer Default => DefaultInstance.Value;

    /// <summary>
    /// The length of the place name the normaliser would take off the front of <paramref name="core"/> (0 for none): the
    /// longest place name of the catalog, with or without its suffix, that leaves at least two characters.
    /// </summary>
    public int LeadingPlaceLength(ReadOnlySpan<char> core) => LeadingPlaceLength(core, within: null);

    /// <summary>Normalises one name; null or blank gives an empty core.</summary>
    public NormalizedCompanyName Normalize(string? name)
    {
        var steps = new List<NormalizationStep>();
        var places = new List<string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            return new NormalizedCompanyName(string.Empty, string.Empty, places, steps);
        }

        var text = name.Normalize(NormalizationForm.FormKC);
        if (!string.Equals(text, name, StringComparison.Ordinal))
        {
            steps.Add(new NormalizationStep("width", "全角→半角"));
        }

        text = Brackets(text.ToUpperInvariant(), steps, places);
        text = StripPunctuation(text, steps);
        var branch = string.Empty;
        foreach (var suffix in BranchSuffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal) && text.Length > suffix.Length + 1)
            {
                var (head, tail) = SplitBranch(text, suffix);
                branch = tail;
                text = head;
                steps.Add(new NormalizationStep("branch", branch));
                break;
            }
        }

        text = StripLegalForms(text, steps);
        text = StripPlaces(text, steps, places);
        foreach (var (longForm, shortForm) in Abbreviations)
        {
            if (text.Contains(longForm, StringComparison.Ordinal))
            {
                text = text.Replace(longForm, shortForm, StringComparison.Ordinal);
                steps.Add(new NormalizationStep("abbreviation", $"{longForm}→{shortForm}"));
            }
        }

        return new NormalizedCompanyName(text, branch, places, steps);
    }

    private string Brackets(string text, List<NormalizationStep> steps, List<string> places)
    {
        if (text.IndexOfAny(['(', ')', '【', '】', '〔', '〕', '[', ']']) < 0)
        {
            return text;
        }

        var unified = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            unified.Append(c switch { '【' or '〔' or '[' => '(', '】' or '〕' or ']' => ')', _ => c });
        }

        text = unified.ToString();
        var result = new StringBuilder(text.Length);
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('(', at);
            var close = open < 0 ? -1 : text.IndexOf(')', open + 1);
            if (open < 0 || close < 0)
            {
                result.Append(text, at, text.Length - at);
                break;
            }

            result.Append(text, at, open - at);
            var inside = text[(open + 1)..close].Trim();
            if (_shortPlace.TryGetValue(inside, out var place))
            {
                places.Add(place);
                steps.Add(new NormalizationStep("place_in_brackets", inside));
            }
            else if (LegalForms.Contains($"({inside})"))
            {
                // (有限合伙) is a legal form: keep it with its brackets for the legal-form rule.
                result.Append('(').Append(inside).Append(')');
            }
            else
            {
                result.Append(inside);
            }

            at = close + 1;
        }

        return result.ToString();
    }

    private static string StripPunctuation(string text, List<NormalizationStep> steps)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = char.IsLetterOrDigit(c) || ((c == '(' || c == ')') && InsideLegalBracket(text, i));
            if (keep)
            {
                result.Append(c);
            }
        }

        if (result.Length != text.Length)
        {
            steps.Add(new NormalizationStep("punctuation", "空格与标点"));
        }

        return result.ToString();
    }

    private static bool InsideLegalBracket(string text, int at)
    {
        var open = text[at] == '(' ? at : text.LastIndexOf('(', at);
        var close = text.IndexOf(')', open < 0 ? at : open);
        return open >= 0 && close > open && LegalForms.Contains(text[open..(close + 1)]);
    }

    private static (string Head, string Branch) SplitBranch(string text, string suffix)
    {
        var body = text[..^suffix.Length];
        var cut = -1;
        foreach (var legal in LegalForms)
        {
            var at = body.LastIndexOf(legal, StringComparison.Ordinal);
            if (at > 0 && at + legal.Length > cut)
            {
                cut = at + legal.Length;
            }
        }

        if (cut > 0 && cut <= body.Length)
        {
            return (text[..cut], text[cut..]);
        }

        // No legal form before the suffix (华澜科技天河分店): the branch is the suffix alone.
        return (body, suffix);
    }

    private static string StripLegalForms(string text, List<NormalizationStep> steps)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var legal in LegalForms)
            {
                if (text.EndsWith(legal, StringComparison.Ordinal) && text.Length - legal.Length >= 2)
                {
                    text = text[..^legal.Length];
                    steps.Add(new NormalizationStep("legal_form", legal));
                    changed = true;
                    break;
                }
            }
        }

        return text;
    }

    /// <summary>
    /// Takes place names off the front: the first one whatever it is, then only one that lies inside the one before it
    /// (广州天河 → 广州, 天河) or is written with its suffix (广州市天河区). A second short name that does not — 深圳华安科技,
    /// where 华安 is a county in Fujian — is the trade name, and stays in the core.
    /// </summary>
    private string StripPlaces(string text, List<NormalizationStep> steps, List<string> places)
    {
        string? previous = null;
        while (LeadingPlaceLength(text, previous) is var length and > 0)
        {
            var head = text[..length];
            places.Add(_shortPlace[head]);
            steps.Add(new NormalizationStep("place", head));
            text = text[length..];
            previous = head;
        }

        return text;
    }

    private int LeadingPlaceLength(ReadOnlySpan<char> text, string? within)
    {
        for (var length = Math.Min(_longestPlace, text.Length - 2); length >= 2; length--)
        {
            var head = text[..length];
            if (_shortPlaceBySpan.TryGetValue(head, out var shortName)
                && (within is null || !head.SequenceEqual(shortName) || Inside(shortName, within)))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>Whether some region named <paramref name="inner"/> lies inside some region named <paramref name="outer"/>.</summary>
    private bool Inside(string inner, string outer) =>
        _scopes[inner].Any(i => _scopes[outer].Any(o => i.Length > o.Length && i.StartsWith(o, StringComparison.Ordinal)));
}
