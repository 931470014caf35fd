using System.Globalization;
using System.Reflection;
using System.Text.Json;
using PiplWatch.Core;
using PiplWatch.Core.Legal;

namespace PiplWatch.Cases.Workflow;

/// <summary>
/// The versions of the rules table a case store works with: those compiled into PiplWatch and those an administrator
/// added in <c>&lt;data&gt;/reference/rules/</c>. The newest applies to new cases; a case keeps the version it was
/// opened under, so a version, once added, is never changed or removed.
/// </summary>
public sealed class RulesCatalog
{
    private static readonly Lazy<RulesCatalog> EmbeddedCatalog = new(() => new RulesCatalog(ReadEmbedded(), []));
    private static readonly string[] Natures = ["deadline", "period-end", "window"];
    private static readonly string[] Parties = ["agency", "procuratorate", "court"];

    private RulesCatalog(IReadOnlyList<RulesVersion> embedded, IReadOnlyList<RulesVersion> added)
    {
        Versions = [.. embedded.Concat(added).OrderBy(v => v.Adopted).ThenBy(v => v.Version, StringComparer.Ordinal)];
        Added = added;
    }

    /// <summary>The versions compiled into PiplWatch only.</summary>
    public static RulesCatalog Embedded => EmbeddedCatalog.Value;

    /// <summary>Every version, oldest first.</summary>
    public IReadOnlyList<RulesVersion> Versions { get; }

    /// <summary>The versions an administrator added.</summary>
    public IReadOnlyList<RulesVersion> Added { get; }

    /// <summary>The version new cases are opened under.</summary>
    public RulesVersion Current => Versions[^1];

    /// <summary>The folder added versions are kept in, one file per version.</summary>
    public static string Folder(string dataDirectory) => Path.Combine(dataDirectory, "reference", "rules");

    /// <summary>The version <paramref name="version"/>.</summary>
    /// <exception cref="ArgumentException">Unknown version.</exception>
    public RulesVersion Get(string version) => Versions.FirstOrDefault(v => v.Version == version)
        ?? throw new ArgumentException($"rules version '{version}' is not known (versions: {string.Join(", ", Versions.Select(v => v.Version))})", nameof(version));

    /// <summary>The embedded versions and every <c>*.json</c> in <see cref="Folder"/>.</summary>
    /// <exception cref="InvalidDataException">An added file is not a valid version; the message names the file and the problem.</exception>
    public static RulesCatalog Load(string dataDirectory, LegalCatalog legal)
    {
        var folder = Folder(dataDirectory);
        if (!Directory.Exists(folder))
        {
            return Embedded;
        }

        var catalog = Embedded;
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            catalog = catalog.With(Parse(File.ReadAllText(file), file), legal, file);
        }

        return catalog;
    }

    /// <summary>Reads one version in the JSON shape of the embedded table (snake_case).</summary>
    /// <exception cref="InvalidDataException">Not JSON, or not a rules version; the message names <paramref name="name"/>.</exception>
    public static RulesVersion Parse(string json, string name)
    {
        try
        {
            return JsonSerializer.Deserialize<RulesVersion>(json, ReferenceJson.Options)
                ?? throw new InvalidDataException($"{name}: empty");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{name}: not a rules version ({ex.Message})", ex);
        }
    }

    /// <summary>The version as JSON, the shape <see cref="Parse"/> reads: what an administrator downloads to edit.</summary>
    public static string Write(RulesVersion version) => JsonSerializer.Serialize(version, ReferenceJson.Options);

    /// <summary>This catalog with <paramref name="version"/> added, after checking it.</summary>
    /// <exception cref="InvalidDataException">The version is not usable; the message says what and where.</exception>
    public RulesCatalog With(RulesVersion version, LegalCatalog legal, string name)
    {
        ArgumentNullException.ThrowIfNull(version);
        var problems = Check(version, legal);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{name}: {string.Join("; ", problems)}");
        }

        return new RulesCatalog(Embedded.Versions, [.. Added, version]);
    }

    private List<string> Check(RulesVersion version, LegalCatalog legal)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(version.Version) || version.Version.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-')))
        {
            problems.Add($"version '{version.Version}' must be letters, digits, '.' or '-'");
        }
        else if (Versions.Any(v => v.Version == version.Version))
        {
            problems.Add($"version '{version.Version}' exists already (a version, once cases use it, never changes: give the new one a new id)");
        }

        if (version.Adopted < Current.Adopted)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"adopted {version.Adopted:yyyy-MM-dd} is before the current version's {Current.Adopted:yyyy-MM-dd}"));
        }

        if (string.IsNullOrWhiteSpace(version.BasisZh))
        {
            problems.Add("basis_zh (what the version rests on) is empty");
        }

        var stages = (version.Stages ?? []).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        // The platform acts on these stage ids (a recommendation needs its addressee, a termination its ground): a
        // version may rename, reorder or re-link stages and change time limits, not drop a stage the code knows.
        foreach (var missing in Embedded.Current.Stages.Select(s => s.Id).Where(id => !stages.Contains(id)))
        {
            problems.Add($"stage '{missing}' is missing (the platform's stages stay; their names, order and transitions may change)");
        }

        foreach (var extra in stages.Where(id => Embedded.Current.Stages.All(s => s.Id != id)))
        {
            problems.Add($"stage '{extra}' is unknown to the platform");
        }

        CheckTransitions(version, stages, problems);
        CheckLimits(version, stages, legal, problems);
        return problems;
    }

    private static void CheckTransitions(RulesVersion version, HashSet<string> stages, List<string> problems)
    {
        var transitions = version.Transitions ?? new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();
        foreach (var kind in Enum.GetValues<CaseKind>().Select(k => k.Id()).Where(k => !transitions.ContainsKey(k)))
        {
            problems.Add($"transitions for '{kind}' cases are missing");
        }

        foreach (var (kind, byStage) in transitions)
        {
            if (Enum.GetValues<CaseKind>().All(k => k.Id() != kind))
            {
                problems.Add($"transitions: '{kind}' is not a case kind");
                continue;
            }

            foreach (var (from, next) in byStage)
            {
                foreach (var stage in next.Prepend(from).Where(s => !stages.Contains(s)))
                {
                    problems.Add($"transitions.{kind}.{from}: '{stage}' is not a stage");
                }
            }
        }
    }

    private static void CheckLimits(RulesVersion version, HashSet<string> stages, LegalCatalog legal, List<string> problems)
    {
        var limits = version.TimeLimits ?? [];
        var ids = limits.Select(l => l.Id).ToList();
        foreach (var duplicate in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"time limit '{duplicate.Key}' appears twice");
        }

        foreach (var limit in limits)
        {
            var at = $"time limit '{limit.Id}'";
            try
            {
                _ = limit.Length;
            }
            catch (FormatException ex)
            {
                problems.Add($"{at}: {ex.Message}");
            }

            if (!Natures.Contains(limit.Nature))
            {
                problems.Add($"{at}: nature '{limit.Nature}' is not one of {string.Join(", ", Natures)}");
            }

            if (!Parties.Contains(limit.Party))
            {
                problems.Add($"{at}: party '{limit.Party}' is not one of {string.Join(", ", Parties)}");
            }

            foreach (var kind in limit.Kinds.Where(k => Enum.GetValues<CaseKind>().All(c => c.Id() != k)))
            {
                problems.Add($"{at}: '{kind}' is not a case kind");
            }

            if ((limit.From is null) == (limit.AfterLimit.Count == 0))
            {
                problems.Add($"{at}: needs either from (a stage) or after_limit (time limits), not both or neither");
            }

            foreach (var stage in limit.MetBy.Concat(limit.From is null ? [] : [limit.From]).Where(s => !stages.Contains(s)))
            {
                problems.Add($"{at}: '{stage}' is not a stage");
            }

            foreach (var other in limit.AfterLimit.Where(o => !ids.Contains(o)))
            {
                problems.Add($"{at}: after_limit '{other}' is not a time limit of this version");
            }

            if (limit.When is not (null or "ordinary" or "urgent"))
            {
                problems.Add($"{at}: when '{limit.When}' is not ordinary or urgent");
            }

            if (limit.LegalId is { } legalId && legal.FindArticle(legalId) is null && legal.FindLaw(legalId) is null)
            {
                problems.Add($"{at}: legal_id '{legalId}' is not in the legal catalog");
            }

            if (string.IsNullOrWhiteSpace(limit.Source))
            {
                problems.Add($"{at}: source is empty (every limit says where it comes from)");
            }
        }
    }

    private static List<RulesVersion> ReadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PiplWatch.Cases.Workflow/Data/workflow-rules.json")
            ?? throw new InvalidOperationException("The embedded workflow rules are missing from PiplWatch.Cases; the build is incomplete.");
        var file = JsonSerializer.Deserialize<RulesFile>(stream, ReferenceJson.Options)
            ?? throw new InvalidOperationException("The embedded workflow rules are empty.");
        return [.. file.Versions];
    }

    private sealed record RulesFile(IReadOnlyList<RulesVersion> Versions);
}
