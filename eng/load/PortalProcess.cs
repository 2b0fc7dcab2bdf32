using System.Diagnostics;

namespace Gwanak.Innovation.Load;

/// <summary>The portal started as its own process on 127.0.0.1 (a free port), with a database and district of the run's own.</summary>
internal sealed class PortalProcess : IDisposable
{
    private readonly Process process;

    private PortalProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    /// <summary>The portal's address.</summary>
    public Uri Address { get; }

    /// <summary>Starts the portal and waits (at most ten minutes: a first start imports the district) for its address.</summary>
    /// <returns>The running portal, or <see langword="null"/> when it stopped or never said where it listens.</returns>
    public static async Task<PortalProcess?> StartAsync(string portalDll, string districtFile, string database)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[]
        {
            portalDll, "--urls", "http://127.0.0.1:0", "--environment", "Production",
            "--ConnectionStrings:Sqlite", $"Data Source={database}", "--District:File", districtFile,
            "--Portal:LoadBaseline", "true", "--District:MaxFileBytes", "1073741824", "--Logging:LogLevel:Default", "Warning",
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"portal: {e.Data}");
            }
        };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                int at = line.IndexOf("listens on http://", StringComparison.Ordinal);
                if (at >= 0)
                {
                    // Keep reading what the portal prints, so its output pipe never fills.
                    _ = Task.Run(async () =>
                    {
                        while (await process.StandardOutput.ReadLineAsync() is not null)
                        {
                        }
                    });
                    return new PortalProcess(process, new Uri(line[(at + "listens on ".Length)..].Trim()));
                }
            }
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("The portal did not say where it listens within ten minutes.");
        }

        process.Kill(entireProcessTree: true);
        process.Dispose();
        return null;
    }

    /// <summary>Stops the portal.</summary>
    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        process.Dispose();
    }
}
