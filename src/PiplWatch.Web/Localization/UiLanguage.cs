using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace PiplWatch.Web.Localization;

/// <summary>
/// The language of the pages: Chinese unless the user switched to English (a cookie, set by <c>/lang</c>). Only the
/// interface language changes; numbers and dates keep the Chinese formats the documents use.
/// </summary>
public static class UiLanguage
{
    /// <summary>The culture of formats, whatever the language of the words.</summary>
    public const string FormatCulture = "zh-CN";

    /// <summary>Whether this request's pages are in English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The text in the page's language.</summary>
    public static string T(string zh, string en) => IsEnglish ? en : zh;

    /// <summary>The value of <c>html lang</c>.</summary>
    public static string HtmlLang => IsEnglish ? "en" : "zh-CN";

    /// <summary>Chinese by default; English when the cookie says so. The browser's Accept-Language is not consulted.</summary>
    public static void Configure(RequestLocalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CultureInfo[] cultures = [new(FormatCulture)];
        options.DefaultRequestCulture = new RequestCulture(FormatCulture, FormatCulture);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = [new(FormatCulture), new("en")];
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
    }

    /// <summary><c>GET /lang?to=en&amp;back=/clues</c>: keeps the choice for a year and returns to the page.</summary>
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/lang", (HttpContext context, string? to, string? back) =>
        {
            var ui = to == "en" ? "en" : FormatCulture;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(FormatCulture, ui)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            // Only a path of this site: never an open redirect.
            var target = back is { Length: > 0 } && back[0] == '/' && !back.StartsWith("//", StringComparison.Ordinal) && !back.StartsWith("/\\", StringComparison.Ordinal) ? back : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous();
}
