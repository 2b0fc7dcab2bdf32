using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Gwanak.Innovation.Ecosystem;
using Gwanak.Innovation.EntityFrameworkCore.Tests.Databases;
using Gwanak.Innovation.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Gwanak.Innovation.EntityFrameworkCore.Tests;

/// <summary>
/// A writer process killed with SIGKILL in the middle of its appends (<c>tests/StoreCrashWriter</c>, started as
/// <c>dotnet StoreCrashWriter.dll</c>): once the database is opened again, every batch it committed is there whole, with
/// its read model, and nothing of the batch it was writing.
/// </summary>
public abstract class CrashTests<TDatabase>(TDatabase database) : StoreTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private const int PerBatch = 40;
    private const int CommitsBeforeKill = 3;
    // A bound for a writer that hangs; a loaded machine needs a while to start a process and build its model.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_writer_killed_mid_batch_leaves_every_committed_batch_whole_and_nothing_else()
    {
        var printed = await RunAndKillAsync();
        int lastPrinted = printed[^1];
        Assert.Equal(Enumerable.Range(0, lastPrinted + 1), printed);
        Assert.True(lastPrinted >= CommitsBeforeKill, $"The writer printed {lastPrinted} batches.");

        var fund = await OpenStore().FindFundAsync(new FundId("crash-fund"), Cancellation);
        Assert.NotNull(fund);
        Assert.Equal(0, (fund.Version - 1) % PerBatch);
        int committed = (fund.Version - 1) / PerBatch;
        Assert.InRange(committed, lastPrinted, lastPrinted + 1);
        var amounts = fund.Commitments.Select(c => c.Amount).ToList();
        var written = Enumerable.Range(1, committed).SelectMany(b => Enumerable.Range(1, PerBatch).Select(i => Money.Won((b * 1000m) + i)));
        Assert.Equal(written, amounts);

        var versions = await OpenContext().Events.Where(e => e.Stream == "fund/crash-fund").Select(e => e.Version).ToListAsync(Cancellation);
        Assert.Equal(fund.Version, versions.Count);
        var row = await OpenStore().Funds.Include(f => f.Movements).SingleAsync(Cancellation);
        Assert.Equal((fund.Version, fund.Version - 1), (row.Version, row.Movements.Count));
        Assert.Empty((await OpenStore().RebuildReadModelsAsync(Cancellation)).Differences);
    }

    /// <summary>Starts the writer, waits for its commits, kills it with SIGKILL, and returns the batch numbers it printed.</summary>
    private async Task<IReadOnlyList<int>> RunAndKillAsync()
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in (string[])[WriterDll(), Database.Provider, ConnectionString, PerBatch.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(argument);
        }

        using var bound = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        bound.CancelAfter(Bound);
        using var writer = Process.Start(start)!;
        var errors = new System.Text.StringBuilder();
        writer.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        writer.BeginErrorReadLine();
        var printed = new List<int>();
        try
        {
            while (printed.Count <= CommitsBeforeKill && await writer.StandardOutput.ReadLineAsync(bound.Token) is { } line)
            {
                printed.Add(int.Parse(line, System.Globalization.CultureInfo.InvariantCulture));
            }

            Assert.False(writer.HasExited, $"The writer stopped by itself after {printed.Count} commits: {errors}");
            writer.Kill();
            await writer.WaitForExitAsync(bound.Token);
        }
        catch (OperationCanceledException) when (bound.IsCancellationRequested && !Cancellation.IsCancellationRequested)
        {
            Assert.Fail($"The writer printed {printed.Count} commits in {Bound.TotalSeconds} s: {errors}");
        }
        finally
        {
            if (!writer.HasExited)
            {
                writer.Kill();
            }
        }

        Assert.Equal(128 + 9, writer.ExitCode);
        while (await writer.StandardOutput.ReadLineAsync(bound.Token) is { } line)
        {
            printed.Add(int.Parse(line, System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.True(printed.Count > CommitsBeforeKill, $"The writer printed {printed.Count} commits: {errors}");
        return printed;
    }

    /// <summary>The writer as the build left it, beside this project's output: tests/StoreCrashWriter/bin/(configuration)/(framework).</summary>
    private static string WriterDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = output.Name;
        string configuration = output.Parent!.Name;
        var tests = output.Parent.Parent!.Parent!.Parent!;
        string dll = Path.Combine(tests.FullName, "StoreCrashWriter", "bin", configuration, framework, "StoreCrashWriter.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build the solution (or this test project, which builds it).");
        return dll;
    }
}

public sealed class CrashTestsOnSqlite(SqliteTestDatabase database) : CrashTests<SqliteTestDatabase>(database);

public sealed class CrashTestsOnPostgres(PostgresTestDatabase database) : CrashTests<PostgresTestDatabase>(database);
