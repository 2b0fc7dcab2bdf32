using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// The library's enums, and NodaTime's day of the week, by stable names in kebab case (<c>memorandum-of-understanding</c>,
/// <c>thursday</c>); numbers are refused. Other enums of the application are left to its own settings.
/// </summary>
internal sealed class LibraryEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
        => typeToConvert.IsEnum && (typeToConvert.Assembly == typeof(IDomainEvent).Assembly || typeToConvert == typeof(NodaTime.IsoDayOfWeek));

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var factory = (JsonConverterFactory)Activator.CreateInstance(typeof(JsonStringEnumConverter<>).MakeGenericType(typeToConvert), JsonNamingPolicy.KebabCaseLower, false)!;
        return factory.CreateConverter(typeToConvert, options);
    }
}
