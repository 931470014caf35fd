using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PiplWatch.Analytics.Models;
using PiplWatch.Analytics.Workspace;
using PiplWatch.Web.Accounts;
using PiplWatch.Web.Hosting;
using PiplWatch.Web.Jobs;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Runs;

/// <summary>Model runs: the recorded ones, and a new run — model, input datasets per role, parameters, region — in the background.</summary>
public sealed class IndexModel(WebDataDirectory data, BackgroundJobs jobs) : PageModel
{
    public IReadOnlyList<RunRecord> Runs { get; private set; } = [];

    public IReadOnlyList<Analytics.Datasets.DatasetEntry> Datasets { get; private set; } = [];

    public IReadOnlyList<ISupervisionModel> Models => ModelRegistry.All;

    [BindProperty(SupportsGet = true)]
    public string Model { get; set; } = "reservation-abuse";

    [BindProperty]
    public string Region { get; set; } = string.Empty;

    public string? Error { get; private set; }

    public void OnGet()
    {
        Load();
        Region = UserScope.Of(User)!.Region ?? "000000";
    }

    public IActionResult OnPost()
    {
        Load();
        if (ModelRegistry.Find(Model) is not { } model)
        {
            return NotFound();
        }

        var workspace = new AnalyticsWorkspace(data.Path);
        var inputs = new List<ModelInput>();
        foreach (var role in model.Definition.InputRoles)
        {
            foreach (var name in Request.Form["input:" + role].Where(n => !string.IsNullOrEmpty(n)))
            {
                if (workspace.Find(name!) is not { } entry || entry.Role != role)
                {
                    Error = T($"数据集 {name} 不能作为 {role} 输入", $"Dataset {name} cannot be the {role} input");
                    return Page();
                }

                inputs.Add(workspace.InputOf(entry));
            }
        }

        var missing = model.Definition.InputRoles.Where(r => inputs.All(i => i.Role != r)).ToList();
        if (missing.Count > 0)
        {
            Error = T($"请为 {string.Join("、", missing)} 选择数据集", $"Choose a dataset for {string.Join(", ", missing)}");
            return Page();
        }

        var parameters = model.Definition.Parameters
            .Select(p => (p.Name, Value: Request.Form["param:" + p.Name].ToString()))
            .Where(p => p.Value.Length > 0 && p.Value != model.Definition.Parameters.First(d => d.Name == p.Name).Default)
            .ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var region = Region.Trim();
        var user = User.Identity!.Name!;
        // The job's words are in the language of the user who starts it (only that user sees the job).
        var inputsText = T(string.Join("、", inputs.Select(i => $"{i.Dataset}（{i.Rows:N0} 行）")), string.Join(", ", inputs.Select(i => $"{i.Dataset} ({i.Rows:N0} rows)")));
        var job = jobs.Start(T($"运行模型 {model.Definition.TitleZh}", $"Running the model {model.Definition.TitleEn}"), user, state =>
        {
            state.Progress = inputsText;
            var report = new ModelRunner().Run(model, inputs, parameters, region);
            workspace.SaveRun(report, user);
            return $"/runs/{report.RunId}";
        });
        return Redirect($"/jobs/{job.Id}");
    }

    private void Load()
    {
        var workspace = new AnalyticsWorkspace(data.Path);
        Runs = workspace.Runs();
        Datasets = workspace.Datasets();
    }
}
