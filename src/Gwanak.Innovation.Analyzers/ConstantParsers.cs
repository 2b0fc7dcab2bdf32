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
                        : RegistrationNumberSyntax.DescribeBusiness(error, text);
                }

            case CorporateRegistrationNumber:
                {
                    RegistrationNumberError error = RegistrationNumberSyntax.TryReadCorporate(text.AsSpan(), out _);
                    return error == RegistrationNumberError.None
                        ? null
                        : RegistrationNumberSyntax.DescribeCorporate(error, text);
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
