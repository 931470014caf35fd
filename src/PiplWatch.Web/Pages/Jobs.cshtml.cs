using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Web.Jobs;

namespace PiplWatch.Web.Pages;

/// <summary>A job's progress as an htmx fragment that polls itself until the job is done, then sends the browser on.</summary>
[Authorize]
public sealed class JobsModel(BackgroundJobs jobs) : PageModel
{
    public JobState Job { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (jobs.Get(id, User.Identity!.Name!) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        if (job.Status == "done" && job.ResultUrl is { } url && Request.Headers.ContainsKey("HX-Request"))
        {
            Response.Headers["HX-Redirect"] = url;
        }

        return Page();
    }
}
