using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.WebEncoders;
using PiplWatch.Core;
using PiplWatch.Core.Hosting;
using PiplWatch.Web.Accounts;

namespace PiplWatch.Web.Hosting;

/// <summary>
/// Builds the web host. Kept apart from Program.cs so that tests start the very same host on 127.0.0.1 with their
/// own data directory and port.
/// </summary>
public static class PiplWatchWebHost
{
    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Named explicitly so the static-assets manifest and Razor parts are found when a test process hosts us.
            ApplicationName = typeof(PiplWatchWebHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });

        // Serve wwwroot from the build's static-web-assets manifest in every environment, so `dotnet run`
        // and tests (which run from bin/ in Production) see the same files as a published site.
        builder.WebHost.UseStaticWebAssets();

        // --data DIR, else PIPLWATCH_DATA, else ./data — the same rule as the CLI.
        var dataDirectory = DataDirectory.ResolveAndCreate(builder.Configuration["data"]);
        var reference = ReferenceData.Load(dataDirectory);
        builder.Services.AddSingleton(new WebDataDirectory(dataDirectory));
        builder.Services.AddSingleton(reference);
        builder.Services.AddSingleton(TimeProvider.System);
        CaseStoreServices.Add(builder.Services, builder.Configuration, dataDirectory, reference);
        builder.Services.AddSingleton<Audits.AuditStore>();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = "piplwatch";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;

                // The API answers 401 and 403; only pages are redirected to the sign-in page.
                o.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, Api.TokenAuthentication>(Api.TokenAuthentication.SchemeName, null);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower));
        });
        builder.Services.AddOpenApi();
        builder.Services.AddAuthorization(Policies.Add);
        var reportsPerHour = int.TryParse(builder.Configuration["report-limit"], System.Globalization.CultureInfo.InvariantCulture, out var limit) && limit > 0 ? limit : 5;
        builder.Services.AddRateLimiter(o => Pages.Report.VolunteerLimits.Add(o, reportsPerHour));
        builder.Services.AddRazorPages(o =>
        {
            // Enforced on the server for every page of a folder, not only hidden from the menu.
            o.Conventions.AuthorizeFolder("/Clues", Policies.CaseWork);
            o.Conventions.AuthorizeFolder("/Cases", Policies.CaseWork);
            o.Conventions.AuthorizeFolder("/Datasets", Policies.CaseWork);
            o.Conventions.AuthorizeFolder("/Runs", Policies.CaseWork);
            o.Conventions.AuthorizeFolder("/Audits", Policies.CaseWork);
            o.Conventions.AuthorizeFolder("/Audit", Policies.AuditLog);
            o.Conventions.AuthorizeFolder("/Agency", Policies.Regulator);
            o.Conventions.AuthorizeFolder("/Admin", Policies.Administration);
            o.Conventions.AuthorizePage("/Dashboard");
        });
        // Chinese text goes out as characters, not &#x...; entities: pages stay readable and half the size.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddProblemDetails();
        builder.Services.AddHealthChecks().AddCheck<DataDirectoryHealthCheck>("data-directory");

        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStatusCodePages();
        // Inside it, an empty error status of a page gets a page in the user's language (Pages/StatusCode); the API keeps its problem details.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal), b => b.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseRequestLocalization(Localization.UiLanguage.Configure);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        // Browsers ask for /favicon.ico whatever the page declares; answer instead of logging 404s.
        app.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true));
        app.MapRazorPages().WithStaticAssets();
        Localization.UiLanguage.Map(app);
        app.MapOpenApi();
        Api.ApiEndpoints.Map(app);
        var fresh = CaseStoreServices.Prepare(app.Services, builder.Configuration["seed-password"], app.Logger);
        var seedProgress = app.Services.GetRequiredService<Demo.DemoSeedProgress>();
        if (fresh && !string.Equals(builder.Configuration["seed-demo"], "false", StringComparison.OrdinalIgnoreCase))
        {
            // Seconds of work (import, model run): in the background, so the platform answers at once.
            app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() =>
            {
                try
                {
                    Demo.DemoSeeder.Seed(dataDirectory, app.Services.GetRequiredService<PiplWatch.Detection.PiiDetector>(), app.Services.GetRequiredService<PiplWatch.Cases.Clues.ClueService>(), app.Logger);
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException or ArgumentException)
                {
                    Demo.DemoSeeder.Failed(app.Logger, ex.Message, ex);
                }
                finally
                {
                    seedProgress.Finish();
                }
            }));
        }
        else
        {
            seedProgress.Finish();
        }

        app.Lifetime.ApplicationStarted.Register(() =>
            WebLog.Serving(app.Logger, app.Urls, dataDirectory));
        return app;
    }
}
