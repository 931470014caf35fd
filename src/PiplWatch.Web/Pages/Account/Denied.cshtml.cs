using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PiplWatch.Web.Pages.Account;

/// <summary>The page a signed-in user sees for a page their role may not open; answered with 403.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
