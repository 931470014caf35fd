using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Clues;
using PiplWatch.Core;
using PiplWatch.Web.Accounts;

namespace PiplWatch.Web.Pages.Clues;

/// <summary>The procuratorate's clues, newest first, filtered by status and source.</summary>
public sealed class IndexModel(ClueService clues, ReferenceData reference, Microsoft.Extensions.Caching.Memory.IMemoryCache cache) : PageModel
{
    /// <summary>A clue just handed over out of the user's reach, to say where it went.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Moved { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? MovedTo { get; set; }

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

    public void OnGet()
    {
        var prefix = UserScope.Of(User)!.RegionPrefix(reference.Regions);
        if (prefix is null)
        {
            return;
        }

        PageNumber = Math.Max(1, PageNumber);
        Clues = clues.Page(prefix, Status, Source, PageNumber, PageSize);

        // Counting tens of thousands of clues on every page turn is the list's main cost; a total 15 seconds old is fine.
        Total = Microsoft.Extensions.Caching.Memory.CacheExtensions.GetOrCreate(cache, $"clue-count:{prefix}:{Status}:{Source}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(15);
            return clues.Count(prefix, Status, Source);
        });
    }
}
