using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Core;
using PiplWatch.Web.Accounts;

namespace PiplWatch.Web.Pages;

/// <summary>
/// A page about one clue or case within the user's scope, whose actions are decisions (evaluate, open, advance, hand
/// over, transfer, generate a document) that need the case-decision right.
/// </summary>
public abstract class DecisionPageModel(IAuthorizationService authorization) : PageModel
{
    /// <summary>Whether the user may take the page's decisions.</summary>
    public bool CanDecide { get; private set; }

    /// <summary>Why the last action was refused, in the service's words.</summary>
    public string? Error { get; protected set; }

    /// <summary>Loads the record; NotFound when it does not exist or lies outside the user's scope (not disclosed).</summary>
    protected abstract IActionResult? LoadRecord(long id);

    protected async Task<IActionResult?> Load(long id)
    {
        if (LoadRecord(id) is { } refused)
        {
            return refused;
        }

        CanDecide = (await authorization.AuthorizeAsync(User, Policies.CaseDecisions)).Succeeded;
        return null;
    }

    /// <summary>A decision: the record loaded, the right checked, then the action; bad input comes back on the page.</summary>
    protected async Task<IActionResult> DecideAsync(long id, Func<IActionResult> act)
    {
        ArgumentNullException.ThrowIfNull(act);
        if (await Load(id) is { } refused)
        {
            return refused;
        }

        if (!CanDecide)
        {
            return Forbid();
        }

        try
        {
            return act();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException or KeyNotFoundException)
        {
            Error = ErrorText.Of(ex);
            return Page();
        }
    }
}
