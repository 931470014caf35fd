using System.Collections.Frozen;
using System.Globalization;

namespace PiplWatch.Detection.Recognizers;

/// <summary>
/// Surnames (single and compound, 百家姓 and HanLP) and given-name characters (HanLP, with positional counts),
/// held as lookup tables over the CJK block so that checking a character costs one array read.
/// </summary>
internal sealed class NameLexicon
{
    private const int CjkBase = 0x4E00;
    private const int CjkSize = 0x9FFF - 0x4E00 + 1;

    // Characters that read as a surname in the tables but in practice begin other words after a label.
    private const string NotSurnames = "的是在有和与及为以就都也被把对从等阿老小";

    private readonly bool[] _surname = new bool[CjkSize];
    private readonly int[] _givenCount = new int[CjkSize];
    private readonly FrozenSet<string> _compound;

    private NameLexicon(FrozenSet<string> compound) => _compound = compound;

    public static NameLexicon Default { get; } = Load();

    public bool IsSurname(char c) => IsCjk(c) && _surname[c - CjkBase];

    public bool IsCompoundSurname(ReadOnlySpan<char> two) => two.Length == 2 && _compound.GetAlternateLookup<ReadOnlySpan<char>>().Contains(two);

    /// <summary>How often the character appears in given names (0 = never seen in one).</summary>
    public int GivenNameCount(char c) => IsCjk(c) ? _givenCount[c - CjkBase] : 0;

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static NameLexicon Load()
    {
        var compound = new HashSet<string>(StringComparer.Ordinal);
        var singles = new HashSet<char>();
        using (var reader = new StreamReader(DetectionData.Open("baijiaxing_surnames.tsv")))
        {
            reader.ReadLine();
            while (reader.ReadLine() is { Length: > 0 } line)
            {
                var fields = line.Split('\t');
                if (fields[3] == "1")
                {
                    compound.Add(fields[1]);
                }
                else
                {
                    singles.Add(fields[1][0]);
                }
            }
        }

        using (var reader = new StreamReader(DetectionData.Open("surnames_hanlp.tsv")))
        {
            reader.ReadLine();
            while (reader.ReadLine() is { Length: > 0 } line)
            {
                var fields = line.Split('\t');
                // Rare entries of the news-trained table are noise; keep surnames seen at least 20 times.
                if (fields[0].Length == 1 && int.Parse(fields[1], CultureInfo.InvariantCulture) >= 20)
                {
                    singles.Add(fields[0][0]);
                }
            }
        }

        var lexicon = new NameLexicon(compound.ToFrozenSet(StringComparer.Ordinal));
        foreach (var c in singles.Where(c => IsCjk(c) && !NotSurnames.Contains(c, StringComparison.Ordinal)))
        {
            lexicon._surname[c - CjkBase] = true;
        }

        using (var reader = new StreamReader(DetectionData.Open("given_name_chars_hanlp.tsv")))
        {
            reader.ReadLine();
            while (reader.ReadLine() is { Length: > 0 } line)
            {
                var fields = line.Split('\t');
                var c = fields[0][0];
                if (fields[0].Length == 1 && IsCjk(c))
                {
                    lexicon._givenCount[c - CjkBase] = int.Parse(fields[4], CultureInfo.InvariantCulture);
                }
            }
        }

        return lexicon;
    }
}
