namespace PiplWatch.Detection.Engine;

/// <summary>A value a recognizer proposes, before context scoring and overlap resolution.</summary>
internal readonly record struct Candidate(PiiType Type, int Start, int End, double BaseScore, string Value, string Pattern, string? Validator)
{
    /// <summary>
    /// How strongly the type's validator vouches for the value; where two candidates claim the same characters the
    /// better validated wins (a valid ID number that also passes Luhn is an ID_CARD).
    /// </summary>
    public int Strength => Type switch
    {
        PiiType.IdCard => 100,
        PiiType.OrgId => 95,
        PiiType.Email => 90,
        PiiType.IpAddress => 85,
        PiiType.BankCard => 80,
        PiiType.HkMacauPermit => 72,
        PiiType.Passport => 70,
        PiiType.PhoneMobile => 65,
        PiiType.Plate => 60,
        PiiType.PhoneLandline => 55,
        PiiType.Address => 30,
        PiiType.PersonName => 20,
        _ => 0,
    };
}
