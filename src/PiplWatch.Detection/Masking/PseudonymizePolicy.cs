using System.Security.Cryptography;
using System.Text;

namespace PiplWatch.Detection.Masking;

/// <summary>
/// Replaces a value by a keyed HMAC-SHA256 token, stable per value and key, so that datasets can be linked without
/// revealing them. Without the key the token cannot be reversed or recomputed. The key comes from configuration and
/// is never logged. GB/T 37964: 假名化 (pseudonymization, keyed cryptographic hashing).
/// </summary>
public sealed class PseudonymizePolicy : MaskingPolicy
{
    private readonly byte[] _key;

    /// <summary>Creates the policy with a secret key of at least 16 bytes.</summary>
    public PseudonymizePolicy(ReadOnlySpan<byte> key)
    {
        if (key.Length < 16)
        {
            throw new ArgumentException("A pseudonymization key must be at least 16 bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <inheritdoc/>
    public override string Name => "pseudonymize";

    /// <inheritdoc/>
    public override string Technique => "假名化（密钥散列）/ pseudonymization (keyed hashing)";

    /// <inheritdoc/>
    public override string Apply(PiiType type, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        // The type is part of the message: the same digits as a phone and as a card give different tokens.
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(type.ToPublicName() + "\u001f" + value.ToUpperInvariant()));
        return type.ToPublicName() + "_" + Convert.ToHexStringLower(mac.AsSpan(0, 8));
    }

    /// <inheritdoc/>
    public override string ToString() => "pseudonymize (key withheld)";
}
