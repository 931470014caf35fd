namespace PiplWatch.Cases.Workflow;

/// <summary>The three kinds of public-interest case, with their command-line ids.</summary>
public enum CaseKind
{
    /// <summary>行政公益诉讼: an agency that fails its supervisory duty.</summary>
    Administrative,

    /// <summary>民事公益诉讼: a processor that harms many people.</summary>
    Civil,

    /// <summary>刑事附带民事公益诉讼: joined to a criminal prosecution.</summary>
    CriminalCivil,
}

/// <summary>Ids and names of <see cref="CaseKind"/>.</summary>
public static class CaseKinds
{
    /// <summary>The id used on the command line, in JSON and in the rules table.</summary>
    public static string Id(this CaseKind kind) => kind switch
    {
        CaseKind.Administrative => "administrative",
        CaseKind.Civil => "civil",
        _ => "criminal-civil",
    };

    /// <summary>The Chinese name.</summary>
    public static string Zh(this CaseKind kind) => kind switch
    {
        CaseKind.Administrative => "行政公益诉讼",
        CaseKind.Civil => "民事公益诉讼",
        _ => "刑事附带民事公益诉讼",
    };

    /// <summary>Parses an id.</summary>
    /// <exception cref="ArgumentException">Not a kind; the message lists the kinds.</exception>
    public static CaseKind Parse(string id) => id switch
    {
        "administrative" => CaseKind.Administrative,
        "civil" => CaseKind.Civil,
        "criminal-civil" => CaseKind.CriminalCivil,
        _ => throw new ArgumentException($"'{id}' is not a case kind (administrative, civil, criminal-civil)", nameof(id)),
    };
}
