using System.Collections.Frozen;

namespace PiplWatch.Core.Masking;

/// <summary>Two-character surnames (欧阳, 司马 …) from the 百家姓 and a surname frequency list; see Masking/Data/README.md.</summary>
internal static class CompoundSurnames
{
    private static readonly Lazy<FrozenSet<string>> Set = new(Load);

    public static bool StartsWithCompound(string name) =>
        name.Length >= 2 && Set.Value.Contains(name[..2]);

    private static FrozenSet<string> Load()
    {
        using var reader = new StreamReader(EmbeddedData.Open("Masking/Data/compound-surnames.tsv"));
        var surnames = new List<string>();
        reader.ReadLine();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            surnames.Add(line.Split('\t')[0]);
        }

        return surnames.ToFrozenSet(StringComparer.Ordinal);
    }
}
