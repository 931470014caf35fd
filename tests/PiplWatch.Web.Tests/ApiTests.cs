using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PiplWatch.Web.Tests;

/// <summary>The REST API with a token: OpenAPI document, snake_case JSON, the procuratorate's scope, problem details.</summary>
public sealed partial class ApiTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_script_with_a_token_takes_a_report_to_a_case_with_its_deadlines()
    {
        using var anonymous = host.CreateClient();
        var openApi = JsonNode.Parse(await anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Cancel))!;
        Assert.NotNull(openApi["paths"]!["/api/v1/cases/{id}/deadlines"]);
        using (var refused = await anonymous.GetAsync(new Uri("/api/v1/clues", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var session = host.Session();
        await session.SignInAsync("procurator");
        using var issued = await session.PostFormAsync("/account/token", "/account/token", []);
        var token = ApiToken().Match(await issued.Content.ReadAsStringAsync(Cancel)).Groups[1].Value;
        Assert.StartsWith("pw_", token, StringComparison.Ordinal);

        using var api = host.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var report = new JsonObject
        {
            ["model"] = "reservation-abuse",
            ["model_version"] = "1.0.0",
            ["run_id"] = "api-run-1",
            ["started_at"] = "2025-07-01T09:00:00+08:00",
            ["finished_at"] = "2025-07-01T09:01:00+08:00",
            ["findings"] = new JsonArray(new JsonObject
            {
                ["id"] = "api-finding-1",
                ["subject"] = "360203********2468",
                ["kind"] = "identity_overuse",
                ["score"] = 0.9,
                ["reason"] = "身份信息 360203********2468 在 183 天内入馆 50 次",
                ["legal_basis"] = new JsonArray("PIPL-10"),
                ["sectors"] = new JsonArray("culture-tourism"),
                ["region"] = "360203",
            }),
        };
        using var imported = await api.PostAsJsonAsync(new Uri("/api/v1/clues/import-findings", UriKind.Relative), report, Cancel);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var clueId = JsonNode.Parse(await imported.Content.ReadAsStringAsync(Cancel))![0]!["clue_id"]!.GetValue<long>();

        // A decision the checklist does not support is a problem with a clear message.
        using (var bad = await api.PostAsJsonAsync(new Uri($"/api/v1/clues/{clueId}/evaluation", UriKind.Relative), new JsonObject { ["public_interest_harmed"] = false, ["many_affected"] = true, ["agency_failed"] = true, ["decision"] = "open" }, Cancel))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("public interest", JsonNode.Parse(await bad.Content.ReadAsStringAsync(Cancel))!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        using (var evaluated = await api.PostAsJsonAsync(new Uri($"/api/v1/clues/{clueId}/evaluation", UriKind.Relative), new JsonObject { ["public_interest_harmed"] = true, ["many_affected"] = true, ["agency_failed"] = true, ["duty_sector"] = "culture-tourism", ["decision"] = "open" }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, evaluated.StatusCode);
        }

        using var opened = await api.PostAsJsonAsync(new Uri("/api/v1/cases", UriKind.Relative), new JsonObject { ["clue_id"] = clueId, ["kind"] = "administrative", ["date"] = "2025-07-01" }, Cancel);
        var caseId = JsonNode.Parse(await opened.Content.ReadAsStringAsync(Cancel))!["id"]!.GetValue<long>();
        using (var advanced = await api.PostAsJsonAsync(new Uri($"/api/v1/cases/{caseId}/advance", UriKind.Relative), new JsonObject { ["to"] = "recommendation", ["date"] = "2025-08-13", ["agency_sector"] = "culture-tourism" }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, advanced.StatusCode);
        }

        var deadlines = JsonNode.Parse(await api.GetStringAsync(new Uri($"/api/v1/cases/{caseId}/deadlines", UriKind.Relative), Cancel))!.AsArray();
        var reply = deadlines.Single(d => d!["rule"]!.GetValue<string>() == "agency-reply")!;
        Assert.Equal("2025-10-13", reply["due"]!.GetValue<string>());
        Assert.True(reply["confirmed"]!.GetValue<bool>());

        using var document = await api.PostAsJsonAsync(new Uri($"/api/v1/cases/{caseId}/documents", UriKind.Relative), new JsonObject { ["kind"] = "recommendation" }, Cancel);
        var download = JsonNode.Parse(await document.Content.ReadAsStringAsync(Cancel))!["download"]!.GetValue<string>();
        var docx = await api.GetByteArrayAsync(new Uri(download, UriKind.Relative), Cancel);
        Assert.Equal("PK"u8.ToArray(), docx[..2]);

        using (var missing = await api.GetAsync(new Uri("/api/v1/cases/99999", UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
        }
    }

    [GeneratedRegex("id=\"api-token\">([^<]+)<")]
    private static partial Regex ApiToken();
}
