namespace PiplWatch.Core.Regions;

/// <summary>A name a code carried in the Ministry of Civil Affairs lists, and the years it appeared (1980–2020 lists).</summary>
public sealed record RegionNameSpan(string Name, int FirstYear, int LastYear);
