using Gwanak.Innovation.EntityFrameworkCore;
using Gwanak.Innovation.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace DistrictPortal.Portal;

/// <summary>Where the portal keeps its district, and how it gets there at start-up.</summary>
public static class PortalStartup
{
    /// <summary>
    /// The district database: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set, otherwise SQLite — the file named by
    /// <c>ConnectionStrings:Sqlite</c>, or <c>App_Data/portal.db</c> in the app's folder, created at the first start; and the
    /// district's store for each request.
    /// </summary>
    public static IServiceCollection AddDistrictStore(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        string? postgres = configuration.GetConnectionString("Postgres");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            services.AddDbContext<DistrictDbContext, PostgresDistrictDbContext>(o => o.UseNpgsql(postgres));
        }
        else
        {
            string? sqlite = configuration.GetConnectionString("Sqlite");
            if (string.IsNullOrWhiteSpace(sqlite))
            {
                string folder = Path.Combine(environment.ContentRootPath, "App_Data");
                Directory.CreateDirectory(folder);
                sqlite = $"Data Source={Path.Combine(folder, "portal.db")}";
            }

            services.AddDbContext<DistrictDbContext, SqliteDistrictDbContext>(o => o.UseSqlite(sqlite));
        }

        services.AddScoped(sp => new DistrictStore(sp.GetRequiredService<DistrictDbContext>(), sp.GetRequiredService<PortalDistrict>().Code, sp.GetRequiredService<IClock>()));
        return services;
    }

    /// <summary>
    /// Brings the database up to date and, on the first start, imports the district document named by <c>District:File</c>
    /// (by default <c>data/gwanak-2023.district.json</c>, read within 64 MB unless <c>District:MaxFileBytes</c> says more);
    /// the portal then serves that district.
    /// </summary>
    public static async Task PrepareDistrictAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DistrictDbContext>();
        await DistrictDatabase.MigrateAsync(db, cancellationToken);
        string file = configuration["District:File"] ?? "data/gwanak-2023.district.json";
        var environment = scope.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        // A path is the user's (from the current directory) when it exists there, otherwise one of the files beside the program.
        await using var document = File.OpenRead(File.Exists(file) ? file : Path.Combine(environment.ContentRootPath, file));
        // The district's own file is read within the package's limits, except its size, which District:MaxFileBytes may raise.
        var limits = configuration.GetValue<long?>("District:MaxFileBytes") is { } maxBytes
            ? new DocumentReadLimits(maxBytes, DocumentReadLimits.Default.MaxDepth, DocumentReadLimits.Default.MaxStringLength)
            : DocumentReadLimits.Default;
        var district = await DistrictDocument.ReadAsync(document, limits, cancellationToken);
        var store = new DistrictStore(db, district.Code, scope.ServiceProvider.GetRequiredService<IClock>());
        if (!await store.ExistsAsync(cancellationToken))
        {
            await store.ImportAsync(district, cancellationToken);
        }

        scope.ServiceProvider.GetRequiredService<PortalDistrict>().Set(district.Code, district.Name);
    }
}
