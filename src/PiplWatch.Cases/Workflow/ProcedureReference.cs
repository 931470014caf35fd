using System.Globalization;
using PiplWatch.Cases.Calendar;
using PiplWatch.Core;
using PiplWatch.Core.Legal;

namespace PiplWatch.Cases.Workflow;

/// <summary>
/// The working calendar and the rules versions that deadlines and stages are computed with, for one data directory.
/// An administrator adds a year's holiday arrangement or a rules version while the platform runs: the new data is
/// checked, written to the data directory, and used from the next request on.
/// </summary>
public sealed class ProcedureReference
{
    private readonly string? _dataDirectory;
    private readonly LegalCatalog _legal;
    private readonly Lock _writing = new();
    private volatile WorkCalendar _calendar;
    private volatile RulesCatalog _rules;

    private ProcedureReference(string? dataDirectory, LegalCatalog legal, WorkCalendar calendar, RulesCatalog rules)
    {
        _dataDirectory = dataDirectory;
        _legal = legal;
        _calendar = calendar;
        _rules = rules;
    }

    /// <summary>The calendar in use.</summary>
    public WorkCalendar Calendar => _calendar;

    /// <summary>The rules versions in use.</summary>
    public RulesCatalog Rules => _rules;

    /// <summary>The embedded data with what the administrators added in <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="InvalidDataException">An added calendar or rules file is not valid; the message names it.</exception>
    public static ProcedureReference Load(string dataDirectory, LegalCatalog legal) =>
        new(dataDirectory, legal, WorkCalendar.Load(dataDirectory), RulesCatalog.Load(dataDirectory, legal));

    /// <summary>A fixed calendar and the embedded rules, which nothing can be added to (tests, one-off tools).</summary>
    public static ProcedureReference Fixed(WorkCalendar calendar) => new(null, ReferenceData.Load(null).Legal, calendar, RulesCatalog.Embedded);

    /// <summary>Years of the calendar an administrator added (and may replace), with their files.</summary>
    public IReadOnlyList<int> AddedYears()
    {
        var folder = _dataDirectory is null ? null : WorkCalendar.CalendarFolder(_dataDirectory);
        return folder is null || !Directory.Exists(folder)
            ? []
            : [.. Directory.GetFiles(folder, "*.json").Select(f => int.TryParse(Path.GetFileNameWithoutExtension(f), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0).Where(y => y > 0).Order()];
    }

    /// <summary>Adds (or replaces an added) year of holidays and make-up working days.</summary>
    /// <exception cref="ArgumentException">The arrangement has problems (listed), or its year is part of the embedded calendar.</exception>
    /// <exception cref="InvalidOperationException">This reference has no data directory.</exception>
    public void AddCalendarYear(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var folder = WorkCalendar.CalendarFolder(_dataDirectory ?? throw new InvalidOperationException("this calendar is fixed; it has no data directory to add a year to"));
        var problems = year.Problems().ToList();
        if (WorkCalendar.Embedded.Covers(year.Year))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{year.Year} is part of the calendar shipped with PiplWatch and cannot be replaced here"));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(year));
        }

        lock (_writing)
        {
            var path = Path.Combine(folder, year.FileName);
            var before = File.Exists(path) ? File.ReadAllText(path) : null;
            AtomicFile.WriteAllText(path, year.ToJson());
            try
            {
                _calendar = WorkCalendar.Load(_dataDirectory);
            }
            catch (InvalidDataException)
            {
                // Never leave a calendar the platform cannot start with.
                if (before is null)
                {
                    File.Delete(path);
                }
                else
                {
                    AtomicFile.WriteAllText(path, before);
                }

                throw;
            }
        }
    }

    /// <summary>Adds a rules version from its JSON (the shape of <see cref="RulesCatalog.Write"/>); new cases use it.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a usable version; the message says what and where.</exception>
    /// <exception cref="InvalidOperationException">This reference has no data directory.</exception>
    public RulesVersion AddRulesVersion(string json)
    {
        var folder = RulesCatalog.Folder(_dataDirectory ?? throw new InvalidOperationException("these rules are fixed; they have no data directory to add a version to"));
        lock (_writing)
        {
            var version = RulesCatalog.Parse(json, "the uploaded version");
            var rules = _rules.With(version, _legal, "the uploaded version");
            AtomicFile.WriteAllText(Path.Combine(folder, version.Version + ".json"), RulesCatalog.Write(version));
            _rules = rules;
            return version;
        }
    }
}
