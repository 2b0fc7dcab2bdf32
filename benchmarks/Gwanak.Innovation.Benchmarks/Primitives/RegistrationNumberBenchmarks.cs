using System;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Benchmarks.Primitives;

/// <summary>
/// Business registration number validation: the library's span <c>TryParse</c> against the naive way a portal
/// might write it (strip hyphens with a regex, check the shape with another, weigh the digits with LINQ).
/// Goal: zero bytes allocated and at least 5x faster than the baseline.
/// </summary>
[MemoryDiagnoser]
public class RegistrationNumberBenchmarks
{
    private static readonly Regex Hyphens = new("-", RegexOptions.Compiled);
    private static readonly Regex TenDigits = new("^[0-9]{10}$", RegexOptions.Compiled);
    private static readonly int[] Weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];

    private readonly string[] inputs = ["124-81-00998", "1248100998", " 220-81-62517 ", "124-81-00997", "12a-81-00998"];

    /// <summary>Regex and LINQ, as commonly written.</summary>
    [Benchmark(Baseline = true)]
    public int RegexAndLinq()
    {
        int valid = 0;
        foreach (string input in inputs)
        {
            string digits = Hyphens.Replace(input.Trim(), string.Empty);
            if (!TenDigits.IsMatch(digits))
            {
                continue;
            }

            int[] d = digits.Select(c => c - '0').ToArray();
            int sum = d.Take(9).Select((x, i) => x * Weights[i]).Sum() + (d[8] * 5 / 10);
            if ((10 - (sum % 10)) % 10 == d[9])
            {
                valid++;
            }
        }

        return valid;
    }

    /// <summary>The library's allocation-free span parser.</summary>
    [Benchmark]
    public int SpanTryParse()
    {
        int valid = 0;
        foreach (string input in inputs)
        {
            if (BusinessRegistrationNumber.TryParse(input.AsSpan(), out _))
            {
                valid++;
            }
        }

        return valid;
    }
}
