using System.Diagnostics;
using System.Globalization;
using System.Net;
using Gwanak.Innovation.Agreements;
using Gwanak.Innovation.Districts;
using Gwanak.Innovation.Json;
using Gwanak.Innovation.Testing;
using NodaTime;

namespace Gwanak.Innovation.Load;

/// <summary>
/// Drives the portal on a loopback port with a fixed number of requests and prints requests per second and latency
/// percentiles for the agreements list and an agreement's page, each against the same app's precomputed-bytes endpoint of
/// the same size (the limit). Options: <c>--agreements N</c> (generated agreements added to the Gwanak data, default 0),
/// <c>--requests N</c> (per measurement, default 2000), <c>--concurrency N</c> (default 8), <c>--portal PATH</c> (the built
/// DistrictPortal.dll). Exits with 1 when a request failed, 2 when the portal did not start.
/// </summary>
public static class Program
{
    private static readonly string[] Pages =
    [
        "/agreements?date=2023-08-23",
        "/agreements/mou-2023-gwanak-kaccoc?date=2023-08-23",
    ];

    /// <summary>Runs one load measurement.</summary>
    /// <param name="args">The options above.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args);
        string root = RepositoryRoot();
        string portal = options.Portal ?? Path.Combine(root, "samples", "DistrictPortal", "bin", "Release", "net10.0", "DistrictPortal.dll");
        var work = Directory.CreateTempSubdirectory("portal-load-");
        try
        {
            string file = Path.Combine(root, "data", "gwanak-2023.district.json");
            if (options.Agreements > 0)
            {
                file = WriteGenerated(file, options.Agreements, Path.Combine(work.FullName, "district.json"));
            }

            using var app = await PortalProcess.StartAsync(portal, file, Path.Combine(work.FullName, "portal.db"));
            if (app is null)
            {
                return 2;
            }

            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, UseCookies = false }) { BaseAddress = app.Address };
            string data = options.Agreements > 0 ? $"Gwanak + {options.Agreements:N0} agreements" : "Gwanak";
            int failed = 0;
            Console.WriteLine($"| Data | Page | Bytes | Requests/s | p50 ms | p99 ms | Failed | Limit requests/s | Limit p99 ms | Ratio |");
            Console.WriteLine($"|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (string page in Pages)
            {
                int bytes = (await client.GetByteArrayAsync(new Uri(page, UriKind.Relative))).Length;
                string limit = $"/load-baseline/{bytes}";
                await MeasureAsync(client, page, Math.Min(200, options.Requests), options.Concurrency);
                await MeasureAsync(client, limit, Math.Min(200, options.Requests), options.Concurrency);
                var measured = await MeasureAsync(client, page, options.Requests, options.Concurrency);
                var baseline = await MeasureAsync(client, limit, options.Requests, options.Concurrency);
                failed += measured.Failed + baseline.Failed;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {data} | `{page}` | {bytes:N0} | {measured.PerSecond:F0} | {measured.P50:F1} | {measured.P99:F1} | {measured.Failed} | {baseline.PerSecond:F0} | {baseline.P99:F1} | {measured.PerSecond / baseline.PerSecond:F2}x |"));
            }

            return failed == 0 ? 0 : 1;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Sends <paramref name="count"/> requests for one path from <paramref name="concurrency"/> workers.</summary>
    private static async Task<Measurement> MeasureAsync(HttpClient client, string path, int count, int concurrency)
    {
        var latencies = new double[count];
        int next = -1;
        int failed = 0;
        var uri = new Uri(path, UriKind.Relative);
        long start = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                long sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                }

                latencies[i] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            }
        }));
        await Task.WhenAll(workers);
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Array.Sort(latencies);
        return new Measurement(count / seconds, latencies[(int)(count * 0.50)], latencies[Math.Min(count - 1, (int)Math.Ceiling(count * 0.99) - 1)], failed);
    }

    /// <summary>The Gwanak district with generated two-party agreements added, written as a district document.</summary>
    private static string WriteGenerated(string gwanakFile, int count, string target)
    {
        InnovationDistrict district;
        using (var input = File.OpenRead(gwanakFile))
        {
            district = DistrictDocument.Read(input);
        }

        foreach (var agreement in GeneratedAgreements.Between([.. district.Organizations.Select(o => o.Id)], count))
        {
            district = district.With(agreement);
        }

        using var output = File.Create(target);
        DistrictDocument.Write(output, district);
        return target;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gwanak.Innovation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the load client from the repository's build output (eng/load.sh does).");
    }

    private sealed record Measurement(double PerSecond, double P50, double P99, int Failed);

    private sealed record Options(int Agreements, int Requests, int Concurrency, string? Portal)
    {
        public static Options Parse(string[] args)
        {
            var options = new Options(0, 2000, 8, null);
            for (int i = 0; i + 1 < args.Length; i += 2)
            {
                options = args[i] switch
                {
                    "--agreements" => options with { Agreements = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                    "--requests" => options with { Requests = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                    "--concurrency" => options with { Concurrency = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                    "--portal" => options with { Portal = args[i + 1] },
                    _ => throw new ArgumentException($"Unknown option {args[i]}: use --agreements, --requests, --concurrency or --portal.", nameof(args)),
                };
            }

            return options;
        }
    }
}
