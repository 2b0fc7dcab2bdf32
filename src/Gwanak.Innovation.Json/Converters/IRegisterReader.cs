using System.Collections.Generic;
using System.Text.Json;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>A converter that can read a whole array of its values in one read, when no error needs locating.</summary>
/// <typeparam name="T">The value.</typeparam>
internal interface IRegisterReader<T>
{
    /// <summary>Reads the array at the reader (at its start), to its end.</summary>
    IReadOnlyList<T> ReadAll(ref Utf8JsonReader reader, JsonSerializerOptions options);
}
