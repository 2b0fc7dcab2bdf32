using Gwanak.Innovation.Districts;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>The document: where its schema is, its schema version, and the district.</summary>
/// <param name="Schema">The <c>$schema</c> the document names, if any.</param>
/// <param name="SchemaVersion">The version of the format.</param>
/// <param name="District">The district.</param>
internal sealed record DocumentRoot(string? Schema, int SchemaVersion, InnovationDistrict District);
