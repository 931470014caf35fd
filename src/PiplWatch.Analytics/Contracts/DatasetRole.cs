namespace PiplWatch.Analytics.Contracts;

/// <summary>A dataset role a model reads (<c>reservations</c>, <c>job_postings</c> …) and its column roles.</summary>
public sealed record DatasetRole(string Name, string DescriptionZh, string DescriptionEn, IReadOnlyList<ColumnRole> Columns)
{
    /// <summary>The column role called <paramref name="name"/>, or null.</summary>
    public ColumnRole? Column(string name) => Columns.FirstOrDefault(c => c.Name == name);

    /// <summary>Roles without which a row is skipped.</summary>
    public IEnumerable<ColumnRole> RequiredColumns => Columns.Where(c => c.Required);
}
