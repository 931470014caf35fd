using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Evidence;
using PiplWatch.Cases.Procedure;
using PiplWatch.Core;
using PiplWatch.Web.Accounts;

namespace PiplWatch.Web.Pages.Cases;

/// <summary>Downloads a generated document of a case from the locker, checking its hash first; recorded in its custody.</summary>
public sealed class DownloadModel(CaseService cases, EvidenceLocker locker, ReferenceData reference) : PageModel
{
    public IActionResult OnGet(long id, long item)
    {
        CaseRecord record;
        try
        {
            record = cases.Get(id);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }

        var found = locker.List(id).FirstOrDefault(e => e.Id == item);
        if (!UserScope.Of(User)!.CanSee(record, reference.Regions) || found is null)
        {
            return NotFound();
        }

        var copy = Path.Combine(Path.GetTempPath(), $"piplwatch-{Guid.NewGuid():N}");
        try
        {
            // Export re-hashes the stored content and refuses it if it changed; the download is a link in the custody chain.
            locker.Export(item, copy, User.Identity!.Name!);
            var contentType = found.FileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
                ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                : "application/octet-stream";
            return File(System.IO.File.ReadAllBytes(copy), contentType, found.FileName);
        }
        catch (InvalidDataException ex)
        {
            return StatusCode(StatusCodes.Status409Conflict, ex.Message);
        }
        finally
        {
            System.IO.File.Delete(copy);
        }
    }
}
