using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Api;

/// <summary>
/// Binds a query value of one of the library's enums by the name the API writes it with (<c>in-force</c>,
/// <c>memorandum-of-understanding</c>): the JSON package's own converter reads it, so the API reads what it writes; a name
/// it does not know, or a number, is a model error and the request a 400.
/// </summary>
public sealed class LibraryEnumBinder(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IModelBinder
{
    /// <inheritdoc/>
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None || string.IsNullOrEmpty(value.FirstValue))
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var type = Nullable.GetUnderlyingType(bindingContext.ModelType) ?? bindingContext.ModelType;
        try
        {
            bindingContext.Result = ModelBindingResult.Success(JsonSerializer.Deserialize(JsonSerializer.Serialize(value.FirstValue), type, json.Value.SerializerOptions));
        }
        catch (JsonException)
        {
            var names = Enum.GetValues(type).Cast<object>().Select(v => JsonSerializer.Serialize(v, type, json.Value.SerializerOptions).Trim('"'));
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"The {bindingContext.ModelName} '{value.FirstValue}' is not one of: {string.Join(", ", names)}.");
        }

        return Task.CompletedTask;
    }
}
