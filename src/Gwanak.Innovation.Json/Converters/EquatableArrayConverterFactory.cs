using System;
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

            // Read into pooled items, then copied once into an array of the items' exact number.
            using var items = new PooledItems<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(DocumentErrors.Read(ref reader, info, locate, string.Empty, items.Count));
            }

            return EquatableArray.Create(items.Span);
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
