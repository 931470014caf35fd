using System.Threading.RateLimiting;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages.Report;

/// <summary>The volunteer form's abuse limits: per-address rate, text lengths, number, size and types of files.</summary>
public static class VolunteerLimits
{
    /// <summary>The rate-limiting policy of the form.</summary>
    public const string Policy = "volunteer-report";

    /// <summary>The largest request accepted (three files of 10 MB and the text).</summary>
    public const long MaxRequestBytes = 32L * 1024 * 1024;

    private const long MaxFileBytes = 10L * 1024 * 1024;
    private const int MaxFiles = 3;
    private static readonly string[] AllowedExtensions = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".docx", ".xlsx", ".txt", ".csv"];

    /// <summary>Reports accepted per address and hour: submissions (POST) only; reading the form is not limited.</summary>
    public static void Add(Microsoft.AspNetCore.RateLimiting.RateLimiterOptions options, int perHour)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions { PermitLimit = perHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read"));
    }

    /// <summary>What is wrong with a submission, in words; null when it may be accepted.</summary>
    public static string? Check(string title, string subject, string text, string? contact, IReadOnlyList<IFormFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (string.IsNullOrWhiteSpace(title) || title.Length > 100)
        {
            return T("请填写标题（100 字以内）", "Give a title of up to 100 characters");
        }

        if (string.IsNullOrWhiteSpace(subject) || subject.Length > 100)
        {
            return T("请填写被举报的单位、网站或应用（100 字以内）", "Name the organisation, website or app you are reporting (up to 100 characters)");
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > 5000)
        {
            return T("请描述所见情况（5000 字以内）", "Describe what you saw (up to 5,000 characters)");
        }

        if (contact is { Length: > 100 })
        {
            return T("联系方式过长", "The contact details are too long (up to 100 characters)");
        }

        var given = files.Where(f => f.Length > 0).ToList();
        if (given.Count > MaxFiles)
        {
            return T($"最多上传 {MaxFiles} 个附件", $"Attach at most {MaxFiles} files");
        }

        foreach (var file in given)
        {
            if (file.Length > MaxFileBytes)
            {
                return T($"附件 {file.FileName} 超过 10 MB", $"The attachment {file.FileName} is larger than 10 MB");
            }

            if (!AllowedExtensions.Contains(Path.GetExtension(file.FileName).ToLowerInvariant()))
            {
                return T($"附件 {file.FileName} 的类型不接受（可接受：{string.Join(" ", AllowedExtensions)}）", $"The attachment {file.FileName} is of a type not accepted (accepted: {string.Join(" ", AllowedExtensions)})");
            }
        }

        return null;
    }
}
