namespace PiplWatch.Cases.Procedure;

/// <summary>A public-interest case (案件) opened on a clue, with the rules version it was opened under.</summary>
public sealed class CaseRecord
{
    /// <summary>Number, printed by the CLI.</summary>
    public long Id { get; set; }

    /// <summary>The clue it was opened on.</summary>
    public long ClueId { get; set; }

    /// <summary>administrative, civil or criminal-civil.</summary>
    public required string Kind { get; set; }

    /// <summary>The rules table version the case follows for its whole life.</summary>
    public required string RulesVersion { get; set; }

    /// <summary>The current stage id.</summary>
    public required string Stage { get; set; }

    /// <summary>Title (from the clue).</summary>
    public required string Title { get; set; }

    /// <summary>Who or what it is about, masked.</summary>
    public required string Subject { get; set; }

    /// <summary>Region code.</summary>
    public required string Region { get; set; }

    /// <summary>The procuratorate handling it.</summary>
    public required string Procuratorate { get; set; }

    /// <summary>That procuratorate's region code: who may see the case.</summary>
    public string? ProcuratorateRegion { get; set; }

    /// <summary>The sector of the agency a recommendation is addressed to, once known.</summary>
    public string? AgencySector { get; set; }

    /// <summary>The day it was opened (立案).</summary>
    public DateOnly OpenedOn { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>By whom.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>Events, in the order they were recorded.</summary>
    public List<CaseEvent> Events { get; set; } = [];

    /// <summary>Concurrency token.</summary>
    public int Version { get; set; }
}

/// <summary>A stage reached, on the day the event happened (for a recommendation: the day it was served).</summary>
public sealed class CaseEvent
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>The case.</summary>
    public long CaseId { get; set; }

    /// <summary>Stage id.</summary>
    public required string Stage { get; set; }

    /// <summary>The day it happened.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Addressee sector, for a recommendation.</summary>
    public string? AgencySector { get; set; }

    /// <summary>The addressee agency's name, for a recommendation.</summary>
    public string? Agency { get; set; }

    /// <summary>Urgent (损害继续扩大): the 15-day reply applies.</summary>
    public bool Urgent { get; set; }

    /// <summary>Free note (a termination's ground, a judgment's outcome).</summary>
    public string? Note { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>By whom.</summary>
    public required string RecordedBy { get; set; }
}
