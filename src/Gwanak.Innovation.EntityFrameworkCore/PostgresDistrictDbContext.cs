using Microsoft.EntityFrameworkCore;

namespace Gwanak.Innovation.EntityFrameworkCore;

/// <summary>
/// The district database on PostgreSQL, the scale-out store that several web nodes and many districts share. Configure it
/// with <c>UseNpgsql("Host=…;Database=…")</c>.
/// </summary>
public sealed class PostgresDistrictDbContext : DistrictDbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">Options configured with <c>UseNpgsql</c>.</param>
    public PostgresDistrictDbContext(DbContextOptions<PostgresDistrictDbContext> options)
        : base(options)
    {
    }
}
