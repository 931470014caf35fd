using System.Globalization;
using System.Text;

namespace PiplWatch.Detection.Tests.Corpus;

/// <summary>The generator's only source of chance: one <see cref="Random"/> seeded once, so a seed always gives the same corpus.</summary>
internal sealed class Dice(int seed)
{
    // Random(seed) uses the same algorithm on every runtime: the corpus of a seed does not change between machines.
    private readonly Random _random = new(seed);

    /// <summary>0 ≤ n &lt; <paramref name="max"/>.</summary>
    public int Next(int max) => _random.Next(max);

    /// <summary><paramref name="min"/> ≤ n ≤ <paramref name="max"/> (inclusive).</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public string Pick(params string[] items) => items[_random.Next(items.Length)];

    /// <summary>An item chosen with the given weights.</summary>
    public T Weighted<T>(params (T Item, double Weight)[] items)
    {
        var total = items.Sum(i => i.Weight);
        var roll = _random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    /// <summary>An index into a list ordered by frequency: early items come up far more often (a Zipf-like draw).</summary>
    public int Skewed(int count)
    {
        var u = _random.NextDouble();
        return Math.Min(count - 1, (int)(count * u * u * u));
    }

    public string Digits(int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append((char)('0' + _random.Next(10)));
        }

        return sb.ToString();
    }

    /// <summary>Digits whose first one is not zero.</summary>
    public string Number(int length) => ((char)('1' + _random.Next(9))).ToString() + Digits(length - 1);

    public string Chars(string alphabet, int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            sb.Append(alphabet[_random.Next(alphabet.Length)]);
        }

        return sb.ToString();
    }

    public DateOnly Date(DateOnly from, DateOnly to) => from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string N(int value, int width) => value.ToString("D" + N(width), CultureInfo.InvariantCulture);
}
