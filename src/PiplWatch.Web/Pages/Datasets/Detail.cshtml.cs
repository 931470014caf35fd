using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Core;
using PiplWatch.Web.Hosting;

namespace PiplWatch.Web.Pages.Datasets;

/// <summary>A dataset: where it came from, its mapping, the import report with skipped rows, and its profile (masked).</summary>
public sealed class DetailModel(WebDataDirectory data) : PageModel
{
    public DatasetEntry Entry { get; private set; } = null!;

    public ImportReport? Report { get; private set; }

    public IActionResult OnGet(string name)
    {
        var workspace = new AnalyticsWorkspace(data.Path);
        if (workspace.Find(name) is not { } entry)
        {
            return NotFound();
        }

        Entry = entry;
        var report = Path.Combine(workspace.Root, "imports", name + ".json");
        Report = System.IO.File.Exists(report) ? JsonSerializer.Deserialize<ImportReport>(System.IO.File.ReadAllText(report), ReferenceJson.Options) : null;
        return Page();
    }
}
