namespace PiplWatch.Detection.Masking;

/// <summary>The built-in policies, found by name.</summary>
public static class MaskingPolicies
{
    /// <summary>Names of the built-in policies.</summary>
    public static IReadOnlyList<string> Names { get; } = ["public-notice", "display", "pseudonymize", "generalize", "suppress"];

    /// <summary>
    /// The policy called <paramref name="name"/>. <c>pseudonymize</c> needs <paramref name="pseudonymKey"/> (from configuration,
    /// never from the command line or a log).
    /// </summary>
    /// <exception cref="ArgumentException">Unknown name, or pseudonymize without a key; the message lists the names.</exception>
    public static MaskingPolicy Get(string name, ReadOnlySpan<byte> pseudonymKey = default) => name switch
    {
        "public-notice" => new PublicNoticePolicy(),
        "display" => new DisplayPolicy(),
        "generalize" => new GeneralizePolicy(),
        "suppress" => new SuppressPolicy(),
        "pseudonymize" when pseudonymKey.Length >= 16 => new PseudonymizePolicy(pseudonymKey),
        "pseudonymize" => throw new ArgumentException("The pseudonymize policy needs a key of at least 16 bytes from configuration (PIPLWATCH_PSEUDONYM_KEY).", nameof(pseudonymKey)),
        _ => throw new ArgumentException($"Unknown masking policy '{name}'. Known: {string.Join(", ", Names)}.", nameof(name)),
    };
}
