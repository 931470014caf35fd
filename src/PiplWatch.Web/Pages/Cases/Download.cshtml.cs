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

        try
        {
            // The content is re-hashed and refused if it changed; the download is a link in the custody chain.
            var (content, _) = locker.ReadVerified(item, User.Identity!.Name!, "downloaded");
            return File(content, ContentTypes.Of(found.FileName), found.FileName);
        }
        catch (InvalidDataException ex)
        {
            return StatusCode(StatusCodes.Status409Conflict, ex.Message);
        }
    }
}
