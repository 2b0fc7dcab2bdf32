using Gwanak.Innovation.Json;

namespace DistrictPortal.Api;

/// <summary>
/// The portal's public, read-only JSON API under <c>/api</c> (controllers), written with the JSON package's options, its
/// errors as RFC 9457 problem details, and its OpenAPI document at <c>/openapi/v1.json</c>.
/// </summary>
public static class PublicApi
{
    /// <summary>The path every API address starts with.</summary>
    public const string Prefix = "/api";

    /// <summary>The controllers, their JSON options, problem details and the OpenAPI document.</summary>
    public static IServiceCollection AddPublicApi(this IServiceCollection services)
    {
        // The OpenAPI document describes what the HTTP JSON options write, and the controllers write with MVC's: both are the package's.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.ConfigureForGwanakInnovation());
        services.AddControllers().AddJsonOptions(o => o.JsonSerializerOptions.ConfigureForGwanakInnovation());
        services.AddProblemDetails();
        services.AddExceptionHandler<RuleProblems>();
        services.AddOpenApi(o =>
        {
            o.ShouldInclude = api => api.RelativePath?.StartsWith(Prefix[1..] + "/", StringComparison.Ordinal) == true;
            o.AddSchemaTransformer<LibrarySchemas>();
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "District portal API";
                document.Info.Description = "The district's organisations, agreements and scorecard, public and read-only.";
                return Task.CompletedTask;
            });
        });
        return services;
    }

    /// <summary>True for a request to the API.</summary>
    public static bool IsApi(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Request.Path.StartsWithSegments(Prefix, StringComparison.Ordinal);
    }

    /// <summary>
    /// The API's errors as problem details in every environment: an exception (a rule's with its id, see <see cref="RuleProblems"/>),
    /// and a status without a body such as an address no endpoint answers.
    /// </summary>
    public static IApplicationBuilder UsePublicApiProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>The API's endpoints and the OpenAPI document.</summary>
    public static WebApplication MapPublicApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapControllers();
        app.MapOpenApi();
        return app;
    }
}
