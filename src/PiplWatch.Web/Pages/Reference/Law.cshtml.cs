using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Core;
using PiplWatch.Core.Legal;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Reference;

/// <summary>Browse the legal catalog: laws, a law's articles with their verification status, and violation codes.</summary>
public sealed class LawModel(ReferenceData reference) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "law")]
    public string? LawId { get; set; }

    [BindProperty(SupportsGet = true, Name = "scheme")]
    public string? Scheme { get; set; }

    public LegalCatalog Catalog => reference.Legal;

    public Law? Selected { get; private set; }

    public IReadOnlyList<LegalArticle> Articles { get; private set; } = [];

    public IReadOnlyList<ViolationCode> Violations { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!string.IsNullOrWhiteSpace(LawId))
        {
            Selected = Catalog.FindLaw(LawId);
            if (Selected is null)
            {
                return NotFound();
            }

            Articles = Catalog.ArticlesOf(Selected.Id);
        }

        if (!string.IsNullOrWhiteSpace(Scheme))
        {
            Violations = Catalog.ViolationCodes.Where(v => string.Equals(v.Scheme, Scheme, StringComparison.OrdinalIgnoreCase)).ToList();
            if (Violations.Count == 0)
            {
                return NotFound();
            }
        }

        return Page();
    }

    /// <summary>How far an article or code is checked, in the page's language.</summary>
    public static string ConfidenceName(Confidence confidence) => confidence switch
    {
        Confidence.Text => T("已核实", "Checked"),
        Confidence.Secondary => T("二手来源", "Secondary source"),
        Confidence.Unconfirmed => T("未核实", "Unconfirmed"),
        _ => throw new ArgumentOutOfRangeException(nameof(confidence)),
    };
}
