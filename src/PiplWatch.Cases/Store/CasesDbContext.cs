using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PiplWatch.Cases.Accounts;
using PiplWatch.Cases.Clues;
using PiplWatch.Cases.Evidence;
using PiplWatch.Cases.Procedure;

namespace PiplWatch.Cases.Store;

/// <summary>The case store: clues, cases and their records. One model for SQLite and PostgreSQL.</summary>
public sealed class CasesDbContext(DbContextOptions<CasesDbContext> options) : DbContext(options)
{
    /// <summary>Clues.</summary>
    public DbSet<Clue> Clues => Set<Clue>();

    /// <summary>Findings merged into clues.</summary>
    public DbSet<ClueFinding> ClueFindings => Set<ClueFinding>();

    /// <summary>Cases.</summary>
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();

    /// <summary>Case events.</summary>
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();

    /// <summary>Cases moved to another procuratorate.</summary>
    public DbSet<CaseTransfer> CaseTransfers => Set<CaseTransfer>();

    /// <summary>Investigation records.</summary>
    public DbSet<InvestigationRecord> Investigations => Set<InvestigationRecord>();

    /// <summary>Consultations and hearings.</summary>
    public DbSet<Meeting> Meetings => Set<Meeting>();

    /// <summary>Recommendations and replies.</summary>
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    /// <summary>Follow-up investigations.</summary>
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();

    /// <summary>Claims of civil suits.</summary>
    public DbSet<CivilClaim> CivilClaims => Set<CivilClaim>();

    /// <summary>The evidence locker's items.</summary>
    public DbSet<EvidenceItem> EvidenceItems => Set<EvidenceItem>();

    /// <summary>Chains of custody.</summary>
    public DbSet<CustodyEntry> CustodyEntries => Set<CustodyEntry>();

    /// <summary>Generated documents.</summary>
    public DbSet<CaseDocument> Documents => Set<CaseDocument>();

    /// <summary>Organisations.</summary>
    public DbSet<Organisation> Organisations => Set<Organisation>();

    /// <summary>Users.</summary>
    public DbSet<UserAccount> Users => Set<UserAccount>();

    /// <summary>The audit log.</summary>
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // PostgreSQL keeps instants in UTC (timestamptz takes only offset 0); SQLite keeps text. Stored in UTC on both,
        // shown in +08:00 by the hosts.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Clue>(clue =>
        {
            clue.ToTable("clues");
            clue.HasIndex(c => c.MergeKey).IsUnique();
            clue.HasIndex(c => c.Status);
            // A county's list walks the region index in id order (SQLite keeps the row id in it), no sort; counts by
            // status use the composite one.
            clue.HasIndex(c => c.ProcuratorateRegion);
            clue.HasIndex(c => new { c.ProcuratorateRegion, c.Status });
            clue.HasIndex(c => c.TrackingCode).IsUnique();
            clue.HasIndex(c => c.ReportedBy);
            clue.Property(c => c.Version).IsConcurrencyToken();
            clue.HasMany(c => c.Findings).WithOne().HasForeignKey(f => f.ClueId).OnDelete(DeleteBehavior.Cascade);
            clue.HasMany(c => c.Handovers).WithOne().HasForeignKey(h => h.ClueId).OnDelete(DeleteBehavior.Cascade);
            clue.HasMany(c => c.Evaluations).WithOne().HasForeignKey(e => e.ClueId).OnDelete(DeleteBehavior.Cascade);
            clue.HasMany(c => c.Attachments).WithOne().HasForeignKey(a => a.ClueId).OnDelete(DeleteBehavior.Cascade);
            clue.Property(c => c.IllegalGains).HasPrecision(18, 2);
            clue.Property(c => c.Source).HasMaxLength(32);
            clue.Property(c => c.Status).HasMaxLength(32);
            clue.Property(c => c.Region).HasMaxLength(12);
            clue.Property(c => c.MergeKey).HasMaxLength(128);
        });
        modelBuilder.Entity<ClueFinding>(finding =>
        {
            finding.ToTable("clue_findings");
            finding.HasIndex(f => new { f.ClueId, f.RunId, f.FindingId }).IsUnique();
        });
        modelBuilder.Entity<ClueHandover>().ToTable("clue_handovers");
        modelBuilder.Entity<ClueAttachment>().ToTable("clue_attachments");
        modelBuilder.Entity<ClueEvaluation>().ToTable("clue_evaluations");
        modelBuilder.Entity<CaseRecord>(record =>
        {
            record.ToTable("cases");
            record.HasIndex(c => c.ClueId);
            record.HasIndex(c => c.Stage);
            record.HasIndex(c => c.ProcuratorateRegion);
            record.HasIndex(c => new { c.ProcuratorateRegion, c.Stage });
            record.Property(c => c.Version).IsConcurrencyToken();
            record.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
            record.HasOne<Clue>().WithMany().HasForeignKey(c => c.ClueId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<CaseEvent>().ToTable("case_events");
        modelBuilder.Entity<InvestigationRecord>(e => e.ToTable("investigations").HasOne<CaseRecord>().WithMany().HasForeignKey(i => i.CaseId));
        modelBuilder.Entity<Meeting>(meeting =>
        {
            meeting.ToTable("meetings").HasOne<CaseRecord>().WithMany().HasForeignKey(m => m.CaseId);
            meeting.HasMany(m => m.Participants).WithOne().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MeetingParticipant>().ToTable("meeting_participants");
        modelBuilder.Entity<Recommendation>(e => e.ToTable("recommendations").HasOne<CaseRecord>().WithMany().HasForeignKey(r => r.CaseId));
        modelBuilder.Entity<CaseTransfer>(e => e.ToTable("case_transfers").HasOne<CaseRecord>().WithMany().HasForeignKey(t => t.CaseId));
        modelBuilder.Entity<FollowUp>(e => e.ToTable("follow_ups").HasOne<CaseRecord>().WithMany().HasForeignKey(f => f.CaseId));
        modelBuilder.Entity<CivilClaim>(claim =>
        {
            claim.ToTable("civil_claims").HasOne<CaseRecord>().WithMany().HasForeignKey(c => c.CaseId);
            claim.Property(c => c.Amount).HasPrecision(18, 2);
        });
        modelBuilder.Entity<EvidenceItem>(item =>
        {
            item.ToTable("evidence_items").HasOne<CaseRecord>().WithMany().HasForeignKey(e => e.CaseId);
            item.HasIndex(e => new { e.CaseId, e.Sha256 });
            item.Property(e => e.Sha256).HasMaxLength(64);
            item.HasMany(e => e.Custody).WithOne().HasForeignKey(c => c.EvidenceItemId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<CustodyEntry>().ToTable("custody_entries");
        modelBuilder.Entity<Organisation>().ToTable("organisations");
        modelBuilder.Entity<UserAccount>(user =>
        {
            user.ToTable("users");
            user.HasIndex(u => u.UserName).IsUnique();
            user.HasIndex(u => u.ApiTokenHash);
            user.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_log");
            entry.HasIndex(e => e.At);
        });
        modelBuilder.Entity<CaseDocument>(document =>
        {
            document.ToTable("documents").HasOne<CaseRecord>().WithMany().HasForeignKey(d => d.CaseId);
            document.HasOne<EvidenceItem>().WithMany().HasForeignKey(d => d.EvidenceItemId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
