using PiplWatch.Core.Regions;
using PiplWatch.Detection.Engine;
using PiplWatch.Detection.Recognizers;
using PiplWatch.Detection.Validation;

namespace PiplWatch.Detection;

/// <summary>
/// Finds personal information in text. One pass over the alphanumeric runs serves every number-shaped type; e-mail,
/// IP and plate recognizers jump between their anchor characters with vectorized searches; names and addresses look
/// only where context or an address marker is. Hits never overlap: where two types claim the same characters the
/// better validated one wins. Thread-safe: one instance serves all threads.
/// </summary>
public sealed class PiiDetector
{
    [ThreadStatic]
    private static DigitToken? _threadToken;

    private readonly TypeSet _types;
    private readonly double _minScore;
    private readonly TokenRecognizer _tokens;
    private readonly NameRecognizer? _names;
    private readonly AddressRecognizer? _addresses;
    private readonly bool _needTokens;

    /// <summary>Creates a detector over Core's region catalog (for ID and address validation).</summary>
    public PiiDetector(RegionCatalog regions, DetectorOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(regions);
        options ??= new DetectorOptions();
        _types = new TypeSet(options.Types);
        _minScore = options.MinScore;
        var today = options.Today ?? DateOnly.FromDateTime((time ?? TimeProvider.System).GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        IdNumbers = new IdNumber(regions, today);
        _tokens = new TokenRecognizer(IdNumbers, PhoneNumbers.Default, _types);
        _needTokens = _types.HasAny(PiiType.IdCard, PiiType.PhoneMobile, PiiType.PhoneLandline, PiiType.BankCard, PiiType.OrgId, PiiType.Passport, PiiType.HkMacauPermit, PiiType.PersonName);
        _names = _types.Has(PiiType.PersonName) ? new NameRecognizer(NameLexicon.Default) : null;
        _addresses = _types.Has(PiiType.Address) ? new AddressRecognizer(regions) : null;
    }

    /// <summary>The ID-number validator the detector uses (the same region table and "today"), for callers that check IDs.</summary>
    public IdNumber IdNumbers { get; }

    /// <summary>The hits in <paramref name="text"/>, ordered by position.</summary>
    /// <param name="text">The text to scan.</param>
    /// <param name="columnHeader">The header of the table column the text is a cell of, when it is one.</param>
    public IReadOnlyList<PiiHit> Detect(string text, string? columnHeader = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(text.AsSpan(), columnHeader);
    }

    /// <inheritdoc cref="Detect(string, string?)"/>
    public IReadOnlyList<PiiHit> Detect(ReadOnlySpan<char> text, string? columnHeader = null)
    {
        var candidates = new List<Candidate>();
        if (_needTokens)
        {
            // One token buffer per thread: the detector is shared by all threads of a folder scan.
            var token = _threadToken ??= new DigitToken();
            DigitTokenizer.Scan(text, token, _tokens, candidates);
        }

        if (_types.Has(PiiType.Email))
        {
            EmailRecognizer.Recognize(text, candidates);
        }

        if (_types.Has(PiiType.IpAddress))
        {
            IpRecognizer.Recognize(text, candidates);
        }

        if (_types.Has(PiiType.Plate))
        {
            PlateRecognizer.Recognize(text, candidates);
        }

        if (candidates.Count == 0 && _names is null && _addresses is null)
        {
            return [];
        }

        var scored = Score(text, candidates, columnHeader);
        if (_names is not null)
        {
            var names = new List<Candidate>();
            _names.Recognize(text, scored.Select(h => h.Candidate).ToList(), columnHeader, names);
            scored.AddRange(Score(text, names, columnHeader));
        }

        if (_addresses is not null)
        {
            var addresses = new List<Candidate>();
            _addresses.Recognize(text, addresses);
            scored.AddRange(Score(text, addresses, columnHeader));
        }

        return Resolve(scored);
    }

    private List<Scored> Score(ReadOnlySpan<char> text, List<Candidate> candidates, string? columnHeader)
    {
        var scored = new List<Scored>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (!_types.Has(candidate.Type))
            {
                continue;
            }

            var (score, effects) = ContextScorer.Score(text, candidate, columnHeader);
            if (score >= _minScore)
            {
                scored.Add(new Scored(candidate, score, effects));
            }
        }

        return scored;
    }

    /// <summary>Keeps the best of overlapping hits: strongest validator, then highest score, then longest.</summary>
    private static List<PiiHit> Resolve(List<Scored> scored)
    {
        scored.Sort((a, b) =>
        {
            var byStrength = b.Candidate.Strength.CompareTo(a.Candidate.Strength);
            if (byStrength != 0)
            {
                return byStrength;
            }

            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : (b.Candidate.End - b.Candidate.Start).CompareTo(a.Candidate.End - a.Candidate.Start);
        });

        var kept = new List<PiiHit>();
        foreach (var s in scored)
        {
            var c = s.Candidate;
            var overlaps = false;
            foreach (var k in kept)
            {
                if (c.Start < k.End && k.Start < c.End)
                {
                    overlaps = true;
                    break;
                }
            }

            if (!overlaps)
            {
                kept.Add(new PiiHit(c.Type, c.Start, c.End, Math.Round(s.Score, 3), c.Value, new HitExplanation(c.Pattern, c.Validator, c.BaseScore, s.Effects)));
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private readonly record struct Scored(Candidate Candidate, double Score, IReadOnlyList<ContextEffect> Effects);
}
