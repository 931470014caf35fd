namespace PiplWatch.Detection;

/// <summary>
/// The kinds of personal information the engine detects. Their public names (<see cref="PiiTypeNames"/>) —
/// <c>ID_CARD</c>, <c>PHONE_MOBILE</c> … — are a contract: scripts and reports depend on them.
/// </summary>
public enum PiiType
{
    /// <summary>Resident ID number (18 or 15 digits), and HK/Macau/Taiwan residents' residence permits (81/82/83).</summary>
    IdCard,

    /// <summary>Mainland mobile number.</summary>
    PhoneMobile,

    /// <summary>Fixed-line number with area code.</summary>
    PhoneLandline,

    /// <summary>Bank card number (16–19 digits, Luhn, plausible issuer).</summary>
    BankCard,

    /// <summary>E-mail address.</summary>
    Email,

    /// <summary>Vehicle number plate.</summary>
    Plate,

    /// <summary>Ordinary passport of the PRC.</summary>
    Passport,

    /// <summary>往来港澳通行证 and 港澳居民来往内地通行证 (回乡证).</summary>
    HkMacauPermit,

    /// <summary>A person's name.</summary>
    PersonName,

    /// <summary>A postal address below district level.</summary>
    Address,

    /// <summary>IPv4 or IPv6 address.</summary>
    IpAddress,

    /// <summary>Unified social credit code (GB 32100) — not personal, but links companies.</summary>
    OrgId,
}
