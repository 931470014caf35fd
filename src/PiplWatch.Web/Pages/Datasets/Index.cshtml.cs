using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Analytics.Contracts;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Web.Hosting;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Datasets;

/// <summary>The workspace's datasets and the upload of a new export (then the mapping screen).</summary>
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class IndexModel(WebDataDirectory data) : PageModel
{
    /// <summary>Uploads through the browser are bounded; larger exports go through the CLI, which streams them.</summary>
    public const long MaxUploadBytes = 2L * 1024 * 1024 * 1024;

    private static readonly string[] Accepted = [".csv", ".tsv", ".txt", ".xlsx", ".jsonl", ".parquet"];

    public IReadOnlyList<DatasetEntry> Datasets { get; private set; } = [];

    public IReadOnlyList<DatasetRole> Roles => RoleCatalog.All;

    /// <summary>A dataset role's description in the page's language.</summary>
    public static string Describe(DatasetRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return T(role.DescriptionZh, role.DescriptionEn);
    }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string Role { get; set; } = "reservations";

    public string? Error { get; private set; }

    public void OnGet() => Datasets = new AnalyticsWorkspace(data.Path).Datasets();

    public IActionResult OnPostUpload()
    {
        if (Upload is not { Length: > 0 } file)
        {
            Error = T("请选择要上传的导出文件", "Choose an export to upload");
            OnGet();
            return Page();
        }

        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!Accepted.Contains(extension) || RoleCatalog.Find(Role) is null)
        {
            Error = T($"只接受 {string.Join(" ", Accepted)} 文件", $"Only {string.Join(" ", Accepted)} files are accepted");
            OnGet();
            return Page();
        }

        var id = Guid.NewGuid().ToString("N")[..12];
        var folder = Path.Combine(data.Path, "uploads", id);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Path.GetFileName(file.FileName));
        using (var stream = System.IO.File.Create(path))
        {
            file.CopyTo(stream);
        }

        var next = $"/datasets/map/{id}?role={Uri.EscapeDataString(Role)}";

        // Sent by htmx (to show the upload's progress): htmx then navigates the whole page.
        if (Request.Headers.ContainsKey("HX-Request"))
        {
            Response.Headers["HX-Redirect"] = next;
            return new OkResult();
        }

        return Redirect(next);
    }
}
