using System.Text.Json.Nodes;
using PiplWatch.Cases.Calendar;
using PiplWatch.Cases.Workflow;
using PiplWatch.Core;
using PiplWatch.TestSupport;

namespace PiplWatch.Cases.Tests.Workflow;

public sealed class RulesCatalogTests
{
    private static readonly ReferenceData Reference = ReferenceData.Load(dataDirectory: null);

    [Fact]
    public void An_added_version_applies_to_new_cases_and_survives_a_restart()
    {
        using var folder = new TemporaryDirectory();
        var procedure = ProcedureReference.Load(folder.Path, Reference.Legal);
        var json = Edited(v =>
        {
            v["version"] = "2027.1";
            v["adopted"] = "2027-01-01";
            ((JsonArray)v["time_limits"]!).OfType<JsonObject>().First(l => (string?)l["id"] == "civil-notice")!["period"] = "45 days";
        });

        var added = procedure.AddRulesVersion(json);

        Assert.Equal("2027.1", procedure.Rules.Current.Version);
        Assert.Equal("45 days", added.TimeLimits.Single(l => l.Id == "civil-notice").Period);
        Assert.Equal(RulesCatalog.Embedded.Current.Version, procedure.Rules.Get(RulesCatalog.Embedded.Current.Version).Version);
        var reloaded = ProcedureReference.Load(folder.Path, Reference.Legal);
        Assert.Equal("2027.1", reloaded.Rules.Current.Version);
        Assert.Equal(["2027.1"], reloaded.Rules.Added.Select(v => v.Version));
    }

    [Theory]
    [InlineData("version", "\"2026.1\"", "exists already")]
    [InlineData("adopted", "\"2020-01-01\"", "before the current version")]
    [InlineData("period", "\"two months\"", "is not a period")]
    [InlineData("legal_id", "\"no-such-law\"", "not in the legal catalog")]
    [InlineData("from", "\"nowhere\"", "'nowhere' is not a stage")]
    [InlineData("nature", "\"soon\"", "nature 'soon'")]
    public void A_bad_version_is_refused_with_what_and_where_and_nothing_is_written(string field, string value, string expected)
    {
        using var folder = new TemporaryDirectory();
        var procedure = ProcedureReference.Load(folder.Path, Reference.Legal);
        var json = Edited(v =>
        {
            v["version"] = "2027.1";
            v["adopted"] = "2027-01-01";
            var node = JsonNode.Parse(value);
            if (field is "version" or "adopted")
            {
                v[field] = node;
            }
            else
            {
                ((JsonArray)v["time_limits"]!).OfType<JsonObject>().First(l => (string?)l["id"] == "agency-reply")![field] = node;
            }
        });

        var error = Assert.Throws<InvalidDataException>(() => procedure.AddRulesVersion(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(RulesCatalog.Embedded.Current.Version, procedure.Rules.Current.Version);
        Assert.False(Directory.Exists(RulesCatalog.Folder(folder.Path)) && Directory.EnumerateFiles(RulesCatalog.Folder(folder.Path)).Any());
    }

    [Fact]
    public void A_version_may_not_drop_a_stage_the_platform_acts_on()
    {
        using var folder = new TemporaryDirectory();
        var procedure = ProcedureReference.Load(folder.Path, Reference.Legal);
        var json = Edited(v =>
        {
            v["version"] = "2027.1";
            var stages = (JsonArray)v["stages"]!;
            stages.Remove(stages.OfType<JsonObject>().First(s => (string?)s["id"] == "hearing"));
        });

        var error = Assert.Throws<InvalidDataException>(() => procedure.AddRulesVersion(json));

        Assert.Contains("stage 'hearing' is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("'hearing' is not a stage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_file_in_the_rules_folder_is_named_when_loading()
    {
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(RulesCatalog.Folder(folder.Path));
        File.WriteAllText(Path.Combine(RulesCatalog.Folder(folder.Path), "2027.1.json"), "{\"version\": 5");

        var error = Assert.Throws<InvalidDataException>(() => ProcedureReference.Load(folder.Path, Reference.Legal));

        Assert.Contains("2027.1.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixed_reference_cannot_be_added_to()
    {
        var procedure = ProcedureReference.Fixed(WorkCalendar.Embedded);
        Assert.Throws<InvalidOperationException>(() => procedure.AddRulesVersion(RulesCatalog.Write(RulesCatalog.Embedded.Current)));
    }

    private static string Edited(Action<JsonObject> edit)
    {
        var version = JsonNode.Parse(RulesCatalog.Write(RulesCatalog.Embedded.Current))!.AsObject();
        edit(version);
        return version.ToJsonString();
    }
}
