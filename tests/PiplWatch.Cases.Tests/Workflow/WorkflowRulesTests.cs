using PiplWatch.Cases.Workflow;
using PiplWatch.Core.Legal;

namespace PiplWatch.Cases.Tests.Workflow;

public sealed class WorkflowRulesTests
{
    private static readonly string[] StageIds = ["filed", "investigation", "consultation", "hearing", "recommendation", "reply", "follow-up", "notice", "suit", "judgment", "appeal", "execution", "terminated", "closed"];

    [Fact]
    public void The_table_has_the_stage_ids_of_the_cli_contract()
    {
        Assert.Equal(StageIds, RulesCatalog.Embedded.Current.Stages.Select(s => s.Id));
    }

    [Fact]
    public void Every_transition_and_time_limit_names_known_stages_and_kinds()
    {
        foreach (var version in RulesCatalog.Embedded.Versions)
        {
            foreach (var (kind, byStage) in version.Transitions)
            {
                _ = CaseKinds.Parse(kind);
                foreach (var (from, next) in byStage)
                {
                    Assert.False(version.Stage(from).Final, $"{kind}: final stage {from} has successors");
                    Assert.All(next, n => version.Stage(n));
                }
            }

            foreach (var limit in version.TimeLimits)
            {
                Assert.All(limit.Kinds, k => CaseKinds.Parse(k));
                Assert.True(limit.From is not null ^ limit.AfterLimit.Count > 0, $"{limit.Id}: starts from a stage or from another limit, not both");
                Assert.All(limit.MetBy, s => version.Stage(s));
                Assert.All(limit.AfterLimit, a => Assert.Contains(version.TimeLimits, t => t.Id == a));
                Assert.Contains(limit.Nature, new[] { "deadline", "period-end", "window" });
                _ = limit.Length;
                Assert.False(string.IsNullOrWhiteSpace(limit.Source));
            }
        }
    }

    [Fact]
    public void Sources_link_to_the_legal_catalog_with_its_confidence()
    {
        var catalog = LegalCatalog.LoadEmbedded();
        foreach (var limit in RulesCatalog.Embedded.Current.TimeLimits.Where(l => l.LegalId is not null))
        {
            var article = catalog.FindArticle(limit.LegalId!);
            var law = catalog.FindLaw(limit.LegalId!);
            Assert.True(article is not null || law is not null, $"{limit.Id}: {limit.LegalId} is not in the legal catalog");
            if (limit.Confirmed)
            {
                Assert.Equal(Confidence.Text, article!.Confidence);
            }
        }
    }

    [Fact]
    public void The_rules_the_issue_names_come_from_the_2018_interpretation_and_are_confirmed()
    {
        var limits = RulesCatalog.Embedded.Current.TimeLimits.ToDictionary(l => l.Id);
        Assert.Equal(("2 months", "PIL-INTERP-21", true), (limits["agency-reply"].Period, limits["agency-reply"].LegalId, limits["agency-reply"].Confirmed));
        Assert.Equal(("15 days", "PIL-INTERP-21", true), (limits["agency-reply-urgent"].Period, limits["agency-reply-urgent"].LegalId, limits["agency-reply-urgent"].Confirmed));
        Assert.Equal(("30 days", "PIL-INTERP-13", true), (limits["civil-notice"].Period, limits["civil-notice"].LegalId, limits["civil-notice"].Confirmed));

        // The 2021 case-handling rules' article numbers are unconfirmed in legal.md: the table says so.
        Assert.All(RulesCatalog.Embedded.Current.TimeLimits.Where(l => l.LegalId == "PIL-RULES"), l => Assert.False(l.Confirmed));
    }

    [Fact]
    public void Optional_stages_can_be_skipped()
    {
        var rules = RulesCatalog.Embedded.Current;
        Assert.Contains("recommendation", rules.Next(CaseKind.Administrative, "filed"));
        Assert.Contains("notice", rules.Next(CaseKind.Civil, "filed"));
        Assert.All(rules.Stages.Where(s => s.Optional), s => Assert.True(s.Id is "investigation" or "consultation" or "hearing"));
    }
}
