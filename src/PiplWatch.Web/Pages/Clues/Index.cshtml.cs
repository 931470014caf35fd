using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Statistics;
using PiplWatch.Core;
using PiplWatch.Web.Accounts;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Clues;

/// <summary>The procuratorate's clues, newest first, filtered by status and source.</summary>
public sealed class IndexModel(ClueService clues, DivisionClues divisions, ReferenceData reference, Microsoft.Extensions.Caching.Memory.IMemoryCache cache) : PageModel
{
    /// <summary>A clue just handed over out of the user's reach, to say where it went.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Moved { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? MovedTo { get; set; }

    /// <summary>A division's code prefix (2, 4 or 6 digits: province, prefecture, county) where the clues happened; the dashboard's map links here.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    /// <summary>Why <see cref="Region"/> was refused; null when it was not.</summary>
    public string? RegionError { get; private set; }

    /// <summary>The division's name, when filtered by one.</summary>
    public string? RegionName { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    /// <summary>Rows per page.</summary>
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ClueRow> Clues { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IActionResult OnGet()
    {
        var prefix = UserScope.Of(User)!.RegionPrefix(reference.Regions);
        if (prefix is null)
        {
            return Page();
        }

        PageNumber = Math.Max(1, PageNumber);
        if (!string.IsNullOrEmpty(Region))
        {
            // The filter narrows the procuratorate's own list; a division outside it is refused, not shown empty.
            if (!DivisionClues.Allowed(prefix, Region))
            {
                RegionError = T($"地区 “{Region}” 不是本院管辖范围内的区划代码前缀（省 2 位、市 4 位、县 6 位）。", $"Region '{Region}' is not a division code prefix (2, 4 or 6 digits) within your procuratorate's scope.");
                Response.StatusCode = Region.Length is 2 or 4 or 6 && Region.All(char.IsAsciiDigit) ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
                return Page();
            }

            RegionName = reference.Regions.Find(Region.PadRight(6, '0')) is { } division ? reference.Regions.QualifiedName(division) : Region;
            Clues = divisions.Page(prefix, Region, Status, Source, PageNumber, PageSize);
            Total = Microsoft.Extensions.Caching.Memory.CacheExtensions.GetOrCreate(cache, $"clue-count:{prefix}:{Region}:{Status}:{Source}", entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(15);
                return divisions.Count(prefix, Region, Status, Source);
            });
            return Page();
        }

        Clues = clues.Page(prefix, Status, Source, PageNumber, PageSize);

        // Counting tens of thousands of clues on every page turn is the list's main cost; a total 15 seconds old is fine.
        Total = Microsoft.Extensions.Caching.Memory.CacheExtensions.GetOrCreate(cache, $"clue-count:{prefix}:{Status}:{Source}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(15);
            return clues.Count(prefix, Status, Source);
        });
        return Page();
    }
}
