namespace PiplWatch.Core.Legal;

/// <summary>How far a legal fact was verified, as tagged in the legal reference (legal.md §0).</summary>
public enum Confidence
{
    /// <summary>[T]: checked against a stored copy of the official text.</summary>
    Text,

    /// <summary>[S]: checked against a secondary public source only.</summary>
    Secondary,

    /// <summary>[UNCONFIRMED]: recalled or from one weak source; to be verified against the official text before it decides anything.</summary>
    Unconfirmed,
}
