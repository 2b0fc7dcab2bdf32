using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>Reads and writes every <see cref="EquatableArray{T}"/> as a JSON array, naming the index of an item that fails.</summary>
internal sealed class EquatableArrayConverterFactory(bool locate) : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
        => typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(EquatableArray<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => (JsonConverter)Activator.CreateInstance(typeof(EquatableArrayConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]), [locate])!;

    private sealed class EquatableArrayConverter<T>(bool locate) : JsonConverter<EquatableArray<T>>
    {
        public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"An array was expected, not {Strings.Describe(reader.TokenType)}.");
            }

            var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            if (!locate && info.Converter is IRegisterConverter<T> register)
            {
                return ImmutableCollectionsMarshal.AsImmutableArray(register.ReadAll(ref reader, options));
            }

            // Read into a pooled buffer, then copied once into an array of the items' exact number.
            var buffer = ArrayPool<T>.Shared.Rent(4);
            int count = 0;
            try
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = DocumentErrors.Read(ref reader, info, locate, string.Empty, count);
                    if (count == buffer.Length)
                    {
                        var larger = ArrayPool<T>.Shared.Rent(2 * buffer.Length);
                        buffer.AsSpan(0, count).CopyTo(larger);
                        ArrayPool<T>.Shared.Return(buffer, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
                        buffer = larger;
                    }

                    buffer[count++] = item;
                }

                return EquatableArray.Create<T>(buffer.AsSpan(0, count));
            }
            finally
            {
                ArrayPool<T>.Shared.Return(buffer, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            }
        }

        public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
        {
            var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
            if (info.Converter is IRegisterConverter<T> register)
            {
                register.WriteAll(writer, value, options);
                return;
            }

            writer.WriteStartArray();
            foreach (var item in value)
            {
                JsonSerializer.Serialize(writer, item, info);
            }

            writer.WriteEndArray();
        }
    }
}
