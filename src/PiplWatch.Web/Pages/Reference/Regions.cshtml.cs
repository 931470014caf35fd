using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Core;
using PiplWatch.Core.Agencies;
using PiplWatch.Core.Jurisdiction;
using PiplWatch.Core.Regions;

namespace PiplWatch.Web.Pages.Reference;

/// <summary>Find a division by name or code and see its procuratorate and the competent agency of every sector there.</summary>
public sealed class RegionsModel(ReferenceData reference) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    public RegionSearchResult? Search { get; private set; }

    public IReadOnlyList<FunctionalZone> Zones { get; private set; } = [];

    public Region? Selected { get; private set; }

    public string? SelectedPath { get; private set; }

    public Procuratorate? Procuratorate { get; private set; }

    public IReadOnlyList<CompetentAgency> Agencies { get; private set; } = [];

    public IReadOnlyList<Region> Children { get; private set; } = [];

    public ReferenceData Reference => reference;

    public IActionResult OnGet()
    {
        var query = Query?.Trim();
        if (!string.IsNullOrEmpty(query) && RegionCodes.IsWellFormed(query))
        {
            Code = query;
        }
        else if (!string.IsNullOrEmpty(query))
        {
            Search = reference.Regions.Search(query);
            Zones = reference.Zones.Search(query);
            if (Search.Unique is { } unique && Zones.Count == 0)
            {
                Code = unique.Code;
            }
        }

        if (!string.IsNullOrEmpty(Code))
        {
            Selected = reference.Regions.Find(Code);
            if (Selected is null)
            {
                return NotFound();
            }

            SelectedPath = reference.Regions.PathOf(Selected).ToString();
            Procuratorate = reference.Procuratorates.For(Selected.Code);
            Agencies = reference.Sectors.All.Select(s => reference.Agencies.For(s.Id, Selected.Code)).ToList();
            Children = Selected.Level == RegionLevel.County ? [] : reference.Regions.Children(Selected);
        }

        return Page();
    }
}
