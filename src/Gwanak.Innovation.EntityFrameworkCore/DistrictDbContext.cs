using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.EntityFrameworkCore.ReadModels;
using Gwanak.Innovation.EntityFrameworkCore.Storage;
using Gwanak.Innovation.Primitives;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore;

/// <summary>
/// The database of one or many districts: every aggregate's history as an event stream, the records that are values, and
/// the read models the lists of a portal query. Every row carries its district. Use it through a <see cref="DistrictStore"/>;
/// <see cref="SqliteDistrictDbContext"/> and <see cref="PostgresDistrictDbContext"/> carry each provider's migrations.
/// </summary>
public abstract class DistrictDbContext : DbContext
{
    private protected DistrictDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>The agreements as the lists show them, across districts (a <see cref="DistrictStore"/> filters them by its district).</summary>
    public DbSet<AgreementSummary> AgreementSummaries => Set<AgreementSummary>();

    /// <summary>The parties of the summarised agreements.</summary>
    public DbSet<AgreementParty> AgreementParties => Set<AgreementParty>();

    /// <summary>The organisations.</summary>
    public DbSet<OrganizationSummary> OrganizationSummaries => Set<OrganizationSummary>();

    /// <summary>The facilities.</summary>
    public DbSet<FacilitySummary> FacilitySummaries => Set<FacilitySummary>();

    /// <summary>The facilities' tenancies.</summary>
    public DbSet<FacilityTenancy> FacilityTenancies => Set<FacilityTenancy>();

    /// <summary>The funds.</summary>
    public DbSet<FundSummary> FundSummaries => Set<FundSummary>();

    /// <summary>The funds' movements of money: commitments, investments, exits, distributions and capital returned.</summary>
    public DbSet<FundMovement> FundMovements => Set<FundMovement>();

    internal DbSet<StoredEvent> Events => Set<StoredEvent>();

    internal DbSet<StoredRecord> Records => Set<StoredRecord>();

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<AdministrativeDistrictCode>().HaveConversion<TextValueConverter<AdministrativeDistrictCode>>().HaveMaxLength(10);
        configurationBuilder.Properties<AgreementId>().HaveConversion<TextValueConverter<AgreementId>>().HaveMaxLength(100);
        configurationBuilder.Properties<OrganizationId>().HaveConversion<TextValueConverter<OrganizationId>>().HaveMaxLength(100);
        configurationBuilder.Properties<FacilityId>().HaveConversion<TextValueConverter<FacilityId>>().HaveMaxLength(100);
        configurationBuilder.Properties<FundId>().HaveConversion<TextValueConverter<FundId>>().HaveMaxLength(100);
        configurationBuilder.Properties<BusinessRegistrationNumber>().HaveConversion<TextValueConverter<BusinessRegistrationNumber>>().HaveMaxLength(12);
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateValueConverter>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantValueConverter>();
        configurationBuilder.Properties<AgreementKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<AgreementStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PeriodCounting>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Organizations.OrganizationKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Organizations.HelixSector>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Ecosystem.FacilityKind>().HaveConversion<string>().HaveMaxLength(40);
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredEvent>(e =>
        {
            e.ToTable("events");
            e.HasKey(x => new { x.District, x.Stream, x.Version });
            e.Property(x => x.District).HasMaxLength(10);
            e.Property(x => x.Stream).HasMaxLength(140);
            e.Property(x => x.Type).HasMaxLength(80);
        });
        modelBuilder.Entity<StoredRecord>(e =>
        {
            e.ToTable("records");
            e.HasKey(x => new { x.District, x.Kind, x.Id });
            e.Property(x => x.District).HasMaxLength(10);
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Id).HasMaxLength(140);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<AgreementSummary>(e =>
        {
            e.ToTable("agreement_summaries");
            e.HasKey(x => new { x.District, x.Id });
            e.HasMany(x => x.Parties).WithOne().HasForeignKey(p => new { p.District, p.Agreement }).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.District, x.Kind });

            // The list's order (effective date, latest first, then id) with the drafting day its filter and count read: a page
            // is read in order from the index, however deep, and the count from the index alone.
            e.HasIndex(x => new { x.District, x.EffectiveDate, x.Id, x.DraftedOn }).IsDescending(false, true, false, false);
        });
        modelBuilder.Entity<AgreementParty>(e =>
        {
            e.ToTable("agreement_parties");
            e.HasKey(x => new { x.District, x.Agreement, x.Party });
            e.HasIndex(x => new { x.District, x.Party });
        });
        modelBuilder.Entity<OrganizationSummary>(e =>
        {
            e.ToTable("organization_summaries");
            e.HasKey(x => new { x.District, x.Id });
            e.Property(x => x.Country).HasMaxLength(2);
        });
        modelBuilder.Entity<FacilitySummary>(e =>
        {
            e.ToTable("facility_summaries");
            e.HasKey(x => new { x.District, x.Id });
            e.HasMany(x => x.Tenancies).WithOne().HasForeignKey(t => new { t.District, t.Facility }).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FacilityTenancy>(e =>
        {
            e.ToTable("facility_tenancies");
            e.HasKey(x => new { x.District, x.Facility, x.Position });
        });
        modelBuilder.Entity<FundSummary>(e =>
        {
            e.ToTable("fund_summaries");
            e.HasKey(x => new { x.District, x.Id });
            e.Property(x => x.Currency).HasMaxLength(3);
            e.HasMany(x => x.Movements).WithOne().HasForeignKey(m => new { m.District, m.Fund }).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<FundMovement>(e =>
        {
            e.ToTable("fund_movements");
            e.HasKey(x => new { x.District, x.Fund, x.Position });
            e.Property(x => x.Kind).HasMaxLength(80);
            e.Property(x => x.Counterpart).HasMaxLength(140);
        });
    }
}
