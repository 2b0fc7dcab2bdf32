using Gwanak.Innovation.Primitives;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace DistrictPortal.Api;

/// <summary>
/// The OpenAPI schemas of the values the JSON package writes with converters of its own, which the schema generator cannot
/// see into: days as <c>date</c> strings, ids as strings of the form ids take, district codes as strings of digits, localised
/// text as an object of texts by language, and money as its exact amount and currency.
/// </summary>
public sealed class LibrarySchemas : IOpenApiSchemaTransformer
{
    /// <inheritdoc/>
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        // A route or query value is described as the string it is bound from: its own type says which string.
        var declared = context.JsonPropertyInfo is null && context.ParameterDescription?.ParameterDescriptor?.ParameterType is { } bound ? bound : context.JsonTypeInfo.Type;
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        bool nullable = schema.Type is { } t && t.HasFlag(JsonSchemaType.Null);
        if (type == typeof(string))
        {
            // The package reads and writes strings with a converter of its own (a length limit), which hides their type.
            schema.Type ??= JsonSchemaType.String | (IsNullable(context.JsonPropertyInfo) ? JsonSchemaType.Null : 0);
        }
        else if (type.IsEnum && schema.Enum is { Count: > 0 })
        {
            schema.Type ??= JsonSchemaType.String;
        }
        else         if (type == typeof(LocalDate))
        {
            Text(schema, nullable, "date", pattern: null, "A day, yyyy-MM-dd.");
        }
        else if (type == typeof(AdministrativeDistrictCode))
        {
            Text(schema, nullable, "administrative-district-code", "^[0-9]{2}([0-9]{3})?$", "An administrative district code (행정구역코드): 2 digits for a province, 5 for a si, gun or gu.");
        }
        else if (type.Assembly == typeof(AgreementId).Assembly && type.Namespace == typeof(AgreementId).Namespace && type.IsValueType && type.Name.EndsWith("Id", StringComparison.Ordinal))
        {
            Text(schema, nullable, Kebab(type.Name), "^[A-Za-z0-9._:-]{1,100}$", "An id: 1 to 100 ASCII letters, digits and - _ . :");
        }
        else if (type == typeof(LocalizedText))
        {
            schema.Type = JsonSchemaType.Object | (nullable ? JsonSchemaType.Null : 0);
            schema.AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String };
            schema.Description = "A text by language (ko, en, ...).";
        }
        else if (type == typeof(Money))
        {
            schema.Type = JsonSchemaType.Object | (nullable ? JsonSchemaType.Null : 0);
            schema.Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["amount"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "decimal", Description = "The exact amount." },
                ["currency"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Z]{3}$", Description = "The ISO 4217 currency code." },
            };
            schema.Required = new HashSet<string> { "amount", "currency" };
        }

        return Task.CompletedTask;
    }

    private static void Text(OpenApiSchema schema, bool nullable, string format, string? pattern, string description)
    {
        schema.Type = JsonSchemaType.String | (nullable ? JsonSchemaType.Null : 0);
        schema.Format = format;
        schema.Pattern = pattern;
        schema.Description ??= description;
        schema.Properties?.Clear();
    }

    private static bool IsNullable(System.Text.Json.Serialization.Metadata.JsonPropertyInfo? property)
        => property?.AttributeProvider is System.Reflection.PropertyInfo info && new System.Reflection.NullabilityInfoContext().Create(info).ReadState == System.Reflection.NullabilityState.Nullable;

    private static string Kebab(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
}
