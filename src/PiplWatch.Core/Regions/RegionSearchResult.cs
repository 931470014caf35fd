namespace PiplWatch.Core.Regions;

/// <summary>One region a name search found, with its path for telling homonyms apart.</summary>
public sealed record RegionMatch(Region Region, string Path);

/// <summary>What a name search found. Several current matches (朝阳区 in Beijing and Changchun) make it ambiguous.</summary>
public sealed record RegionSearchResult(string Query, IReadOnlyList<RegionMatch> Matches)
{
    /// <summary>Matches among the current divisions.</summary>
    public IReadOnlyList<RegionMatch> CurrentMatches => Matches.Where(m => m.Region.IsCurrent).ToList();

    /// <summary>True when more than one current division answers to the name: the caller must choose.</summary>
    public bool IsAmbiguous => CurrentMatches.Count > 1;

    /// <summary>The single current match, or null when there is none or several.</summary>
    public Region? Unique => CurrentMatches.Count == 1 ? CurrentMatches[0].Region : null;
}
