using System.Collections.Generic;
using System.Text.Json;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>A converter that reads and writes a whole array of its values (a register) in one serializer call, not one call per value.</summary>
/// <typeparam name="T">The value.</typeparam>
internal interface IRegisterConverter<T>
{
    /// <summary>Reads the array at the reader (at its start), to its end; used when no error needs locating.</summary>
    /// <returns>A new array, which the caller takes as its own.</returns>
    T[] ReadAll(ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>Writes the values as an array.</summary>
    void WriteAll(Utf8JsonWriter writer, IReadOnlyList<T> values, JsonSerializerOptions options);
}
