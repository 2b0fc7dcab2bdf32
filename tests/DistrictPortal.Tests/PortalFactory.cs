using System;
using System.IO;

using DistrictPortal.Portal;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace DistrictPortal.Tests;

/// <summary>
/// The portal on a temporary SQLite file of its own, on the Gwanak document, with its clock on 2023-08-23 (the day of the
/// press article) unless a test moves it.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string database = Path.Combine(Path.GetTempPath(), $"portal-{Guid.NewGuid():N}.db");

    public FakeClock Clock { get; } = new(Instant.FromUtc(2023, 8, 23, 1, 0));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={database}");
        builder.ConfigureServices(services => services.AddSingleton<IClock>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (string file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
