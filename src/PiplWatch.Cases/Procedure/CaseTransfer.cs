namespace PiplWatch.Cases.Procedure;

/// <summary>
/// A case moved to another procuratorate: taken up by the level above (提级管辖), assigned by it (指定管辖), or sent
/// to the procuratorate at the level of the court that must hear the suit (移送起诉). The case and its clue move together.
/// </summary>
public sealed class CaseTransfer
{
    /// <summary>Store id.</summary>
    public long Id { get; set; }

    /// <summary>The case.</summary>
    public long CaseId { get; set; }

    /// <summary>The procuratorate that had the case.</summary>
    public required string FromProcuratorate { get; set; }

    /// <summary>The procuratorate that has it now.</summary>
    public required string ToProcuratorate { get; set; }

    /// <summary>Region of the receiving procuratorate.</summary>
    public required string ToRegion { get; set; }

    /// <summary>Why, as the decision gives it.</summary>
    public required string Reason { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Who recorded it.</summary>
    public required string By { get; set; }
}
