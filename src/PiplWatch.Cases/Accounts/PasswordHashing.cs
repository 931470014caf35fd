using System.Globalization;
using System.Security.Cryptography;

namespace PiplWatch.Cases.Accounts;

/// <summary>
/// Passwords kept as PBKDF2-HMAC-SHA256 with a random salt and 210,000 iterations (OWASP's current guidance), in the
/// form <c>pbkdf2-sha256$iterations$salt$hash</c> so the work factor can be raised later. Comparison is constant-time.
/// </summary>
public static class PasswordHashing
{
    private const int Iterations = 210_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>The stored form of <paramref name="password"/>.</summary>
    public static string Hash(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Create(CultureInfo.InvariantCulture, $"pbkdf2-sha256${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>Whether <paramref name="password"/> matches <paramref name="stored"/>.</summary>
    public static bool Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2-sha256" || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || string.IsNullOrEmpty(password))
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>A random password for a seeded account, printed once.</summary>
    public static string NewPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');

    /// <summary>A random API token and the SHA-256 hex to store.</summary>
    public static (string Token, string Hash) NewToken()
    {
        var token = "pw_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        return (token, TokenHash(token));
    }

    /// <summary>What is stored for a token.</summary>
    public static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
