using System.Security.Cryptography;
using System.Text;

namespace PiplWatch.Core.Findings;

/// <summary>
/// Stable finding ids. The same model, kind, subject and region give the same id in every run, which is how a
/// follow-up run is compared with the first.
/// </summary>
public static class FindingId
{
    /// <summary>
    /// The id for a finding. <paramref name="subjectKey"/> is the subject as written, or — where the subject is a
    /// masked identity, and masked forms of different people can coincide — a pseudonymous token of the full value.
    /// </summary>
    public static string For(string model, string kind, string subjectKey, string region)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        ArgumentException.ThrowIfNullOrEmpty(kind);
        ArgumentNullException.ThrowIfNull(subjectKey);
        ArgumentNullException.ThrowIfNull(region);
        // Unit separators keep ("a", "bc") and ("ab", "c") apart.
        var material = string.Join('\u001f', model, kind, subjectKey.Normalize(NormalizationForm.FormKC), region);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(material));
        return "F" + Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }
}
