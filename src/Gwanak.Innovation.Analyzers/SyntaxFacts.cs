using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Gwanak.Innovation.Analyzers;

/// <summary>Cheap syntactic checks that let a rule skip a node before asking the semantic model anything.</summary>
internal static class SyntaxFacts
{
    /// <summary>The expression inside any number of parentheses (C# has no parenthesized operation, so the rules never saw them).</summary>
    public static ExpressionSyntax StripParentheses(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    /// <summary>The name a call is made by (<c>Parse</c> in <c>Money.Parse(...)</c>), or <see langword="null"/> for a delegate call on an expression.</summary>
    public static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// The parameter of <paramref name="method"/> that the argument at <paramref name="index"/> of <paramref name="arguments"/> binds to,
    /// or <see langword="null"/> when it binds to none.
    /// </summary>
    public static IParameterSymbol? ParameterOf(IMethodSymbol method, SeparatedSyntaxList<ArgumentSyntax> arguments, int index)
    {
        ArgumentSyntax argument = arguments[index];
        if (argument.NameColon is { } nameColon)
        {
            string name = nameColon.Name.Identifier.ValueText;
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (parameter.Name == name)
                {
                    return parameter;
                }
            }

            return null;
        }

        if (index < method.Parameters.Length)
        {
            return method.Parameters[index];
        }

        return method.Parameters.Length > 0 && method.Parameters[method.Parameters.Length - 1].IsParams
            ? method.Parameters[method.Parameters.Length - 1]
            : null;
    }

    /// <summary>The argument list of a call, constructor call or constructor initializer, or <see langword="null"/>.</summary>
    public static ArgumentListSyntax? ArgumentsOf(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => invocation.ArgumentList,
        BaseObjectCreationExpressionSyntax creation => creation.ArgumentList,
        ConstructorInitializerSyntax initializer => initializer.ArgumentList,
        PrimaryConstructorBaseTypeSyntax baseType => baseType.ArgumentList,
        _ => null,
    };
}
