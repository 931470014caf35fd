using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static PiplWatch.Web.Localization.UiLanguage;

namespace PiplWatch.Web.Pages;

/// <summary>
/// What a page answers with an empty error status (an unknown page or record, too many reports, too large an upload):
/// a page in the user's language instead of a bare status. The status code is kept; the API keeps its problem details.
/// </summary>
[IgnoreAntiforgeryToken] // Re-executed for the refused request, whatever its method: a refused form post lands here too.
public sealed class StatusCodeModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Code { get; set; }

    public string Heading { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public IActionResult OnGet() => Show();

    public IActionResult OnPost() => Show();

    private IActionResult Show()
    {
        if (Code is < 400 or > 599)
        {
            return NotFound();
        }

        Response.StatusCode = Code;
        (Heading, Explanation) = Code switch
        {
            StatusCodes.Status400BadRequest => (T("请求有误", "Bad request"), T("请求无法处理。请返回上一页，检查填写的内容后重试。", "The request could not be processed. Go back, check what you entered and try again.")),
            StatusCodes.Status401Unauthorized => (T("需要登录", "Sign-in required"), T("请先登录。", "Please sign in first.")),
            StatusCodes.Status403Forbidden => (T("无权访问", "Forbidden"), T("您的角色不能打开此页面。如需权限，请联系系统管理员。", "Your role may not open this page. Ask an administrator if you need access.")),
            StatusCodes.Status404NotFound => (T("找不到此页面", "Page not found"), T("此地址没有页面，或所查的记录不存在。", "There is no page at this address, or the record you asked for does not exist.")),
            StatusCodes.Status405MethodNotAllowed => (T("不支持此操作", "Not allowed"), T("此地址不接受这种请求。", "This address does not accept this kind of request.")),
            StatusCodes.Status413PayloadTooLarge => (T("提交的内容过大", "Too large"), T("上传的文件或内容超过上限，请缩小后重试。", "The files or text you sent are larger than the limit. Make them smaller and try again.")),
            StatusCodes.Status429TooManyRequests => (T("提交过于频繁", "Too many submissions"), T("同一网络地址每小时可提交的次数有限，请一小时后再试。", "Only a few submissions an hour are accepted from one network address. Please try again in an hour.")),
            _ => (T("出错了", "Something went wrong"), T("请求未能完成，已记录在服务器日志中。", "The request could not be completed; the details are in the server log.")),
        };
        return Page();
    }
}
