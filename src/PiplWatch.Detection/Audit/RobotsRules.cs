namespace PiplWatch.Detection.Audit;

/// <summary>
/// The rules of a site's robots.txt that apply to us: the group for our user agent, else the * group; the longest
/// matching Allow or Disallow prefix decides, Allow winning ties. A missing robots.txt allows everything.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(string Prefix, bool Allow)> _rules;

    private RobotsRules(List<(string Prefix, bool Allow)> rules) => _rules = rules;

    /// <summary>Rules that allow everything.</summary>
    public static RobotsRules AllowAll { get; } = new([]);

    /// <summary>Fetches and parses robots.txt of <paramref name="site"/>'s host.</summary>
    public static async Task<RobotsRules> FetchAsync(HttpClient http, Uri site, string userAgent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(site);
        try
        {
            using var response = await http.GetAsync(new Uri(site, "/robots.txt"), cancellationToken);
            return response.IsSuccessStatusCode ? Parse(await response.Content.ReadAsStringAsync(cancellationToken), userAgent) : AllowAll;
        }
        catch (HttpRequestException)
        {
            return AllowAll;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // No robots.txt within the client's timeout: treated as none, as an unreachable one is.
            return AllowAll;
        }
    }

    /// <summary>Parses robots.txt text for <paramref name="userAgent"/>.</summary>
    public static RobotsRules Parse(string text, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
            }
            else if (field is "allow" or "disallow" && current is { } group)
            {
                lastWasAgent = false;
                if (value.Length > 0)
                {
                    group.Rules.Add((value, field == "allow"));
                }
            }
        }

        var agent = userAgent.ToLowerInvariant();
        var chosen = groups.FirstOrDefault(g => g.Agents.Any(a => a != "*" && agent.Contains(a, StringComparison.Ordinal))).Rules
            ?? groups.FirstOrDefault(g => g.Agents.Contains("*")).Rules
            ?? [];
        return new RobotsRules(chosen);
    }

    /// <summary>Whether the path (with its query) may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        var best = -1;
        var allow = true;
        foreach (var (prefix, isAllow) in _rules)
        {
            var pattern = prefix.TrimEnd('*');
            if (pathAndQuery.StartsWith(pattern, StringComparison.Ordinal) && (pattern.Length > best || (pattern.Length == best && isAllow)))
            {
                best = pattern.Length;
                allow = isAllow;
            }
        }

        return allow;
    }
}
