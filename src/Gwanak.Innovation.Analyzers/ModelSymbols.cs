using Microsoft.CodeAnalysis;

namespace Gwanak.Innovation.Analyzers;

/// <summary>Finds the Gwanak.Innovation library in a compilation, once per compilation.</summary>
internal static class ModelSymbols
{
    /// <summary>Metadata name of the money type, the anchor by which the library is recognised.</summary>
    public const string MoneyTypeName = "Gwanak.Innovation.Primitives.Money";

    /// <summary>The referenced Gwanak.Innovation assembly, or <see langword="null"/> when the compilation does not use it.</summary>
    public static IAssemblySymbol? FindLibrary(Compilation compilation)
    {
        INamedTypeSymbol? money = compilation.GetTypeByMetadataName(MoneyTypeName);
        return money is null || SymbolEqualityComparer.Default.Equals(money.ContainingAssembly, compilation.Assembly)
            ? null
            : money.ContainingAssembly;
    }

    /// <summary>True when <paramref name="symbol"/> is declared in <paramref name="library"/>.</summary>
    public static bool IsDeclaredIn(ISymbol symbol, IAssemblySymbol library)
        => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, library);
}
