using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace PiplWatch.Detection.Audit;

/// <summary>
/// Finds "redactions" that only draw a dark box over text still in the PDF's text layer: anyone can select, copy or
/// extract what the box seems to hide. A dark filled shape covering the centre of letters counts once.
/// </summary>
public static class FakeRedactionDetector
{
    /// <summary>The covered texts of every fake redaction in the PDF at <paramref name="path"/> (empty when none, or the file is unreadable).</summary>
    public static IReadOnlyList<FakeRedaction> Find(string path)
    {
        var found = new List<FakeRedaction>();
        try
        {
            using var document = PdfDocument.Open(path);
            foreach (var page in document.GetPages())
            {
                var boxes = page.Paths
                    .Where(p => p.IsFilled && p.FillColor is { } color && IsDark(color.ToRGBValues()))
                    .Select(p => p.GetBoundingRectangle())
                    .OfType<PdfRectangle>()
                    .Where(r => r.Width > 2 && r.Height > 2)
                    .ToList();
                foreach (var box in boxes)
                {
                    var covered = new StringBuilder();
                    foreach (var letter in page.Letters)
                    {
                        var centre = letter.BoundingBox.Centroid;
                        if (centre.X >= box.Left && centre.X <= box.Right && centre.Y >= box.Bottom && centre.Y <= box.Top && !string.IsNullOrWhiteSpace(letter.Value))
                        {
                            covered.Append(letter.Value);
                        }
                    }

                    if (covered.Length > 0)
                    {
                        found.Add(new FakeRedaction(page.Number, covered.ToString()));
                    }
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unreadable and encrypted PDFs are reported by the scanner; nothing to add here.
            return found;
        }

        return found;
    }

    private static bool IsDark((double R, double G, double B) rgb) => rgb.R < 0.25 && rgb.G < 0.25 && rgb.B < 0.25;
}

/// <summary>A dark box over text that is still there: the page and the covered text (personal data: mask before showing).</summary>
public sealed record FakeRedaction(int Page, string CoveredText);
