using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Accounts;
using PiplWatch.Cases.Procedure;
using PiplWatch.Cases.Workflow;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Admin;

/// <summary>
/// The rules table — stages, transitions per case kind, time limits with their sources — in each version; the
/// administrator downloads a version, edits it and uploads it as a new version that applies to new cases.
/// </summary>
public sealed class RulesModel(CaseService cases, AccountService accounts) : PageModel
{
    /// <summary>Largest rules file accepted (the shipped one is about 10 KB).</summary>
    public const int MaxBytes = 256 * 1024;

    public RulesCatalog Catalog => cases.Procedure.Rules;

    [BindProperty(SupportsGet = true, Name = "version")]
    public string? Selected { get; set; }

    public RulesVersion Shown { get; private set; } = null!;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public string? Error { get; private set; }

    public string? Saved { get; private set; }

    public IActionResult OnGet() => Load() is { } missing ? missing : Page();

    /// <summary>The version as the JSON an administrator edits.</summary>
    public IActionResult OnGetDownload()
    {
        if (Load() is { } missing)
        {
            return missing;
        }

        return File(Encoding.UTF8.GetBytes(RulesCatalog.Write(Shown)), "application/json", $"workflow-rules-{Shown.Version}.json");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Upload is null || Upload.Length == 0)
        {
            Error = T("请选择规则文件（JSON）。", "Choose a rules file (JSON).");
        }
        else if (Upload.Length > MaxBytes)
        {
            Error = T($"{Upload.FileName}：{Upload.Length:N0} 字节，超过规则文件的上限（{MaxBytes:N0} 字节）", $"{Upload.FileName}: {Upload.Length:N0} bytes is more than a rules file can be ({MaxBytes:N0})");
        }
        else
        {
            try
            {
                using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8);
                var version = cases.Procedure.AddRulesVersion(await reader.ReadToEndAsync(HttpContext.RequestAborted));
                accounts.Audit(User.Identity!.Name!, "rules-version-added", "rules:" + version.Version);
                Saved = T($"规则版本 {version.Version} 已生效，新立案件适用；已立案件仍适用立案时的版本。", $"Rules version {version.Version} is in force for new cases; cases already opened keep the version they were opened under.");
                Selected = version.Version;
            }
            catch (InvalidDataException ex)
            {
                Error = ex.Message;
            }
        }

        return Load() is { } missing ? missing : Page();
    }

    private NotFoundResult? Load()
    {
        var version = Catalog.Versions.FirstOrDefault(v => v.Version == (Selected ?? Catalog.Current.Version));
        if (version is null)
        {
            return NotFound();
        }

        Shown = version;
        return null;
    }
}
