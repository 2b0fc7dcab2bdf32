using System;
using Gwanak.Innovation.Primitives.Validation;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// Runs the library's own validation code (linked from src/Gwanak.Innovation/Primitives/Validation) on a constant,
/// and words a failure exactly as the library's <c>Parse</c> would.
/// </summary>
internal static class ConstantParsers
{
    /// <summary>Metadata name of the business registration number type.</summary>
    public const string BusinessRegistrationNumber = "Gwanak.Innovation.Primitives.BusinessRegistrationNumber";

    /// <summary>Metadata name of the corporate registration number type.</summary>
    public const string CorporateRegistrationNumber = "Gwanak.Innovation.Primitives.CorporateRegistrationNumber";

    /// <summary>Metadata name of the administrative district code type.</summary>
    public const string AdministrativeDistrictCode = "Gwanak.Innovation.Primitives.AdministrativeDistrictCode";

    /// <summary>Metadata name of the money type.</summary>
    public const string Money = ModelSymbols.MoneyTypeName;

    // The kind and pattern words the library puts into its FormatException messages (a test compares them).
    private const string BusinessKind = "business registration number (사업자등록번호)";
    private const string BusinessPattern = "NNN-NN-NNNNN";
    private const string CorporateKind = "corporate registration number (법인등록번호)";
    private const string CorporatePattern = "NNNNNN-NNNNNNN";

    /// <summary>The reason <c>Parse</c> of the type named <paramref name="typeName"/> rejects <paramref name="text"/>, or <see langword="null"/> when it parses.</summary>
    public static string? Check(string typeName, string text)
    {
        switch (typeName)
        {
            case BusinessRegistrationNumber:
                {
                    RegistrationNumberError error = RegistrationNumberSyntax.TryReadBusiness(text.AsSpan(), out _);
                    return error == RegistrationNumberError.None
                        ? null
                        : RegistrationNumberSyntax.Describe(error, BusinessKind, text, RegistrationNumberSyntax.BusinessDigits, BusinessPattern);
                }

            case CorporateRegistrationNumber:
                {
                    RegistrationNumberError error = RegistrationNumberSyntax.TryReadCorporate(text.AsSpan(), out _);
                    return error == RegistrationNumberError.None
                        ? null
                        : RegistrationNumberSyntax.Describe(error, CorporateKind, text, RegistrationNumberSyntax.CorporateDigits, CorporatePattern);
                }

            case AdministrativeDistrictCode:
                return AdministrativeCodeSyntax.TryRead(text.AsSpan(), out _);

            case Money:
                return MoneySyntax.TryRead(text, out _, out _);

            default:
                return null;
        }
    }
}
