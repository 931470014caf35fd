using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Core;
using PiplWatch.Core.Legal;

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

    public static string ConfidenceZh(Confidence confidence) => confidence switch
    {
        Confidence.Text => "已核实",
        Confidence.Secondary => "二手来源",
        Confidence.Unconfirmed => "未核实",
        _ => throw new ArgumentOutOfRangeException(nameof(confidence)),
    };
}
