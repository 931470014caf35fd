using PiplWatch.Core.Regions;

namespace PiplWatch.Detection.Tests.Corpus;

/// <summary>
/// Generates labeled Chinese documents of ten genres — public notices, résumés, chats, medical notes, waybills, booking
/// logs, job ads, customer-service transcripts, news and dense decoys — with every personal value made up and
/// labeled where it stands. The same seed always gives the same documents.
/// </summary>
public sealed partial class CorpusGenerator
{
    /// <summary>The genres, in the round-robin order documents are generated in.</summary>
    public static readonly IReadOnlyList<string> Genres = ["notice", "resume", "chat", "medical", "waybill", "booking", "jobad", "service", "news", "decoy"];

    private readonly Dice _dice;
    private readonly ValueFactory _values;
    private int _next;

    public CorpusGenerator(int seed, RegionCatalog regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        _dice = new Dice(seed);
        _values = new ValueFactory(_dice, regions);
    }

    /// <summary><paramref name="count"/> documents, genres in turn; ids are <c>genre-n</c> with n counting every document this generator made.</summary>
    public IEnumerable<LabeledDocument> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = _next++;
            var genre = Genres[n % Genres.Count];
            var b = new DocumentBuilder();
            switch (genre)
            {
                case "notice":
                    Notice(b);
                    break;
                case "resume":
                    Resume(b);
                    break;
                case "chat":
                    Chat(b);
                    break;
                case "medical":
                    Medical(b);
                    break;
                case "waybill":
                    Waybill(b);
                    break;
                case "booking":
                    Booking(b);
                    break;
                case "jobad":
                    JobAd(b);
                    break;
                case "service":
                    Service(b);
                    break;
                case "news":
                    News(b);
                    break;
                default:
                    Decoys(b);
                    break;
            }

            yield return b.Build(genre + "-" + Dice.N(n), genre);
        }
    }

    // ---------- Shared pieces ----------

    /// <summary>What stands between a label and its value: mostly a full-width colon.</summary>
    private string Colon() => _dice.Weighted(("：", 60.0), (":", 15.0), ("： ", 8.0), (" ", 10.0), (string.Empty, 7.0));

    private string MobileText() => _values.FormatMobile(_values.Mobile());

    private string LandlineText() => _values.FormatLandline(_values.Landline());

    private string IdText() => _values.FormatId(_values.AnyIdNumber());

    private string N(int min, int max) => Dice.N(_dice.Between(min, max));

    /// <summary>Appends a phone that is a mobile most of the time and a landline otherwise, labeled with its type.</summary>
    private void Phone(DocumentBuilder b, double mobileShare)
    {
        if (_dice.Chance(mobileShare))
        {
            b.Pii(PiiType.PhoneMobile, MobileText());
        }
        else
        {
            b.Pii(PiiType.PhoneLandline, LandlineText());
        }
    }
}
