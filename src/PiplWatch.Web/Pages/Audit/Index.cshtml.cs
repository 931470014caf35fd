using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Cases.Accounts;
using PiplWatch.Core;

namespace PiplWatch.Web.Pages.Audit;

/// <summary>The audit log for the auditor: sign-ins, reveals with their reasons, exports; downloadable as CSV.</summary>
public sealed class IndexModel(AccountService accounts) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public void OnGet() => Entries = accounts.AuditLog();

    public IActionResult OnGetCsv()
    {
        var text = new StringBuilder("at,user,action,target,reason\n");
        foreach (var entry in accounts.AuditLog(int.MaxValue))
        {
            text.Append(CultureInfo.InvariantCulture, $"{entry.At.ToOffset(TimeSpan.FromHours(8)):O},{CsvText.Field(entry.User)},{CsvText.Field(entry.Action)},{CsvText.Field(entry.Target)},{CsvText.Field(entry.Reason ?? string.Empty)}\n");
        }

        accounts.Audit(User.Identity!.Name!, "export", "audit-log");
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv; charset=utf-8", "audit-log.csv");
    }
}
