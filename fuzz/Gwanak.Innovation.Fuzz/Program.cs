using System;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace Gwanak.Innovation.Fuzz;

/// <summary>
/// <c>Gwanak.Innovation.Fuzz TARGET</c> runs one target under afl-fuzz (the SharpFuzz fork server; outside afl-fuzz it reads
/// one input from standard input). <c>Gwanak.Innovation.Fuzz TARGET FILE...</c> replays inputs, printing what each did, and
/// exits with 1 when one of them fails. <c>Gwanak.Innovation.Fuzz --list</c> prints the targets.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["--list"])
        {
            Console.WriteLine(string.Join('\n', Targets.All.Keys.Order(StringComparer.Ordinal)));
            return 0;
        }

        if (args.Length == 0 || !Targets.All.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: Gwanak.Innovation.Fuzz TARGET [FILE...]; targets: {string.Join(", ", Targets.All.Keys.Order(StringComparer.Ordinal))}");
            return 2;
        }

        if (args.Length == 1)
        {
            Fuzzer.Run(stream => _ = target(ReadAll(stream)));
            return 0;
        }

        int failed = 0;
        foreach (string file in args.Skip(1))
        {
            try
            {
                string outcome = target(File.ReadAllBytes(file));
                Console.WriteLine($"ok      {file}: {outcome}");
            }
#pragma warning disable CA1031 // Replaying reports every failure, whatever it is, and goes on with the next input.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failed++;
                Console.WriteLine($"FAILED  {file}\n{e}\n");
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
