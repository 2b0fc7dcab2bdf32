using System.Globalization;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Benchmarks;

/// <summary>Made-up values the benchmarks' generated data share.</summary>
internal static class Made
{
    /// <summary>A made-up business registration number with a valid check digit: tax office 120, business type 81 and up, serial 0001–9999 (docs/domain.md).</summary>
    /// <param name="serial">Any number from 0 to about 180,000; different serials give different numbers.</param>
    /// <returns>The number.</returns>
    public static BusinessRegistrationNumber Brn(int serial)
    {
        string nine = string.Create(CultureInfo.InvariantCulture, $"120{81 + (serial / 9_999):D2}{(serial % 9_999) + 1:D4}");
        int[] weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
        int sum = (nine[8] - '0') * 5 / 10;
        for (int i = 0; i < 9; i++)
        {
            sum += (nine[i] - '0') * weights[i];
        }

        return BusinessRegistrationNumber.Parse(nine + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture));
    }
}
