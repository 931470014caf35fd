using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Analytics.Contracts;
using PiplWatch.Analytics.Datasets;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Core;
using PiplWatch.Detection;
using PiplWatch.Web.Hosting;
using PiplWatch.Web.Jobs;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Datasets;

/// <summary>
/// The mapping screen: the suggested header for each role of the dataset role (with its confidence and reason) and the
/// value maps of enumerated roles, which the analyst confirms or overrides; then the import runs in the background.
/// </summary>
public sealed partial class MapModel(WebDataDirectory data, PiiDetector detector, BackgroundJobs jobs) : PageModel
{
    public string Upload { get; private set; } = string.Empty;

    public string FileName { get; private set; } = string.Empty;

    public DatasetRole DatasetRole { get; private set; } = null!;

    public IReadOnlyList<string> Headers { get; private set; } = [];

    public MappingSuggestion Suggestion { get; private set; } = null!;

    /// <summary>Per enumerated role: every export value seen in the sample, with the canonical value proposed.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Value, string? Canonical)>> ValueChoices { get; private set; } = new Dictionary<string, IReadOnlyList<(string, string?)>>();

    [BindProperty]
    public string Name { get; set; } = string.Empty;

    public string? Error { get; private set; }

    public IActionResult OnGet(string upload, string role)
    {
        if (Load(upload, role) is { } missing)
        {
            return missing;
        }

        Name = SafeName(Path.GetFileNameWithoutExtension(FileName));
        return Page();
    }

    public IActionResult OnPost(string upload, string role)
    {
        if (Load(upload, role) is { } missing)
        {
            return missing;
        }

        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new Dictionary<string, IReadOnlyDictionary<string, JsonNode?>>(StringComparer.Ordinal);
        foreach (var column in DatasetRole.Columns)
        {
            if (Request.Form["col:" + column.Name].ToString() is { Length: > 0 } header)
            {
                columns[column.Name] = header;
            }

            var map = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            foreach (var key in Request.Form.Keys.Where(k => k.StartsWith($"val:{column.Name}:", StringComparison.Ordinal)))
            {
                var chosen = Request.Form[key].ToString();
                map[key[$"val:{column.Name}:".Length..]] = column.Kind == ColumnKind.YesNo ? JsonValue.Create(chosen == "true") : JsonValue.Create(chosen);
            }

            if (map.Count > 0)
            {
                values[column.Name] = map;
            }
        }

        var missingRequired = DatasetRole.RequiredColumns.Where(c => !columns.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        if (missingRequired.Count > 0 || !NamePattern().IsMatch(Name))
        {
            Error = missingRequired.Count > 0
                ? T($"必填角色未映射：{string.Join("、", missingRequired)}", $"Required roles not mapped: {string.Join(", ", missingRequired)}")
                : T("数据集名称只能包含字母、数字、_ - .（不超过 64 个字符）", "A dataset name holds only letters, digits, _ - . (at most 64 characters)");
            return Page();
        }

        var workspace = new AnalyticsWorkspace(data.Path);
        if (workspace.Find(Name) is not null)
        {
            Error = T($"已有名为 {Name} 的数据集", $"A dataset named {Name} exists");
            return Page();
        }

        var mapping = new DatasetMapping(DatasetRole.Name, columns, values);
        var file = Path.Combine(data.Path, "uploads", Upload, FileName);
        var name = Name;
        var user = User.Identity!.Name!;
        // The job's words are in the language of the user who starts it (only that user sees the job).
        var english = IsEnglish;
        var job = jobs.Start(T($"导入 {FileName} → {name}", $"Import {FileName} → {name}"), user, state =>
        {
            var report = new DatasetImporter(workspace, detector).Import(
                new ImportRequest { File = file, Name = name, Role = mapping.Role, Mappings = [mapping], User = user },
                new Progress<ImportProgress>(p =>
                {
                    state.Fraction = p.Fraction;
                    state.Progress = english ? $"{p.Rows:N0} rows read" : $"已读 {p.Rows:N0} 行";
                }));
            var reports = Path.Combine(workspace.Root, "imports");
            Directory.CreateDirectory(reports);
            AtomicFile.WriteAllTextAsync(Path.Combine(reports, name + ".json"), JsonSerializer.Serialize(report, ReferenceJson.Options)).GetAwaiter().GetResult();
            return $"/datasets/{name}";
        });
        return Redirect($"/jobs/{job.Id}");
    }

    private NotFoundResult? Load(string upload, string role)
    {
        if (!UploadPattern().IsMatch(upload) || RoleCatalog.Find(role) is not { } datasetRole)
        {
            return NotFound();
        }

        var folder = Path.Combine(data.Path, "uploads", upload);
        var file = Directory.Exists(folder) ? Directory.GetFiles(folder).FirstOrDefault() : null;
        if (file is null)
        {
            return NotFound();
        }

        Upload = upload;
        FileName = Path.GetFileName(file);
        DatasetRole = datasetRole;
        try
        {
            using var source = TableSource.Open(file);
            Headers = source.Headers;
            var sample = source.Rows.Take(200).ToList();
            Suggestion = new MappingSuggester(detector).Suggest(datasetRole, source.Headers, sample);
            var choices = new Dictionary<string, IReadOnlyList<(string, string?)>>(StringComparer.Ordinal);
            foreach (var column in datasetRole.Columns.Where(c => c.Kind is ColumnKind.Enumerated or ColumnKind.YesNo && Suggestion.Mapping.Columns.ContainsKey(c.Name)))
            {
                var index = Headers.ToList().IndexOf(Suggestion.Mapping.Columns[column.Name]);
                var seen = sample.Select(r => index < r.Cells.Length ? r.Cells[index]?.Trim() : null).Where(v => !string.IsNullOrEmpty(v)).Distinct().Take(30).ToList();
                choices[column.Name] = [.. seen.Select(v => (v!, MappingSuggester.CanonicalValue(column, v!)?.ToString()))];
            }

            ValueChoices = choices;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            Error = $"{FileName}: {ex.Message}";
            Suggestion = new MappingSuggestion(new DatasetMapping(role, new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, JsonNode?>>()), [], [], new Dictionary<string, IReadOnlyList<string>>());
        }

        return null;
    }

    private static string SafeName(string name)
    {
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').Take(64)]);
        return safe.Length > 0 && char.IsAsciiLetterOrDigit(safe[0]) ? safe : "dataset";
    }

    [GeneratedRegex("^[0-9a-f]{12}$")]
    private static partial Regex UploadPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]
    private static partial Regex NamePattern();
}
