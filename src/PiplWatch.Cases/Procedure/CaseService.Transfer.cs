using Microsoft.EntityFrameworkCore;
using PiplWatch.Cases.Clues;

namespace PiplWatch.Cases.Procedure;

public sealed partial class CaseService
{
    /// <summary>
    /// Moves an open case, with its clue, to the procuratorate of <paramref name="toRegion"/>, or to the level above
    /// when it is <c>up</c>; the reason is on record in the case and in the clue's hand-overs.
    /// </summary>
    /// <exception cref="ArgumentException">No reason, an unknown region, the same procuratorate, a closed case, or no level above.</exception>
    public CaseTransfer Transfer(long caseId, string toRegion, string reason, string user)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("a transfer needs its reason (提级管辖, 指定管辖 or 移送起诉, and why)", nameof(reason));
        }

        using var db = store.CreateContext();
        using var transaction = db.Database.BeginTransaction();
        var record = Load(db, caseId);
        if (WorkflowRulesFinal(record))
        {
            throw new ArgumentException($"case {caseId} is closed ({record.Stage}); a closed case is not transferred", nameof(caseId));
        }

        var from = record.ProcuratorateRegion ?? record.Region;
        var target = reference.Procuratorates.Receiving(from, toRegion);
        if (target.RegionCode == from)
        {
            throw new ArgumentException($"case {caseId} is already with {target.Name}", nameof(toRegion));
        }

        var now = _time.GetUtcNow();
        var transfer = new CaseTransfer { CaseId = caseId, FromProcuratorate = record.Procuratorate, ToProcuratorate = target.Name, ToRegion = target.RegionCode, Reason = reason.Trim(), At = now, By = user };
        db.CaseTransfers.Add(transfer);
        record.Procuratorate = target.Name;
        record.ProcuratorateRegion = target.RegionCode;
        record.Version++;

        var clue = db.Clues.Include(c => c.Handovers).First(c => c.Id == record.ClueId);
        clue.Handovers.Add(new ClueHandover { FromProcuratorate = clue.Procuratorate ?? transfer.FromProcuratorate, ToProcuratorate = target.Name, ToRegion = target.RegionCode, Reason = $"随案件 {caseId} 移送：{transfer.Reason}", At = now, By = user });
        clue.Procuratorate = target.Name;
        clue.ProcuratorateRegion = target.RegionCode;
        clue.ProcuratorateDerived = target.IsDerived;
        clue.Version++;
        db.SaveChanges();
        transaction.Commit();
        return transfer;
    }
}
