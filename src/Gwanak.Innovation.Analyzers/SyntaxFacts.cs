using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
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

    /// <summary>
    /// The names of every using alias in the compilation (<c>using M = ...Money;</c>), read from the top of each file
    /// once per compilation: a name that is not among them names a type by its own name.
    /// </summary>
    public static ImmutableHashSet<string> AliasNames(Compilation compilation, CancellationToken cancellationToken)
        => Usings(compilation, cancellationToken, aliases: true);

    /// <summary>True when some file of the compilation has a <c>using static</c> directive.</summary>
    public static bool HasUsingStatic(Compilation compilation, CancellationToken cancellationToken)
        => !Usings(compilation, cancellationToken, aliases: false).IsEmpty;

    // The alias names of the compilation's using directives, or (aliases: false) the targets of its using static directives.
    private static ImmutableHashSet<string> Usings(Compilation compilation, CancellationToken cancellationToken, bool aliases)
    {
        ImmutableHashSet<string>.Builder names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var pending = new Stack<SyntaxNode>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            pending.Push(tree.GetRoot(cancellationToken));
            while (pending.Count > 0)
            {
                SyntaxNode node = pending.Pop();
                SyntaxList<UsingDirectiveSyntax> usings;
                SyntaxList<MemberDeclarationSyntax> members;
                switch (node)
                {
                    case CompilationUnitSyntax unit:
                        usings = unit.Usings;
                        members = unit.Members;
                        break;
                    case BaseNamespaceDeclarationSyntax declaration:
                        usings = declaration.Usings;
                        members = declaration.Members;
                        break;
                    default:
                        continue;
                }

                foreach (UsingDirectiveSyntax directive in usings)
                {
                    if (aliases && directive.Alias is { } alias)
                    {
                        names.Add(alias.Name.Identifier.ValueText);
                    }
                    else if (!aliases && directive.StaticKeyword.RawKind != 0)
                    {
                        names.Add(directive.ToString());
                    }
                }

                foreach (MemberDeclarationSyntax member in members)
                {
                    if (member is BaseNamespaceDeclarationSyntax)
                    {
                        pending.Push(member);
                    }
                }
            }
        }

        return names.ToImmutable();
    }

    /// <summary>
    /// The name a type is written by where it is the receiver of a static call (<c>Money</c> in <c>Money.Parse</c>,
    /// <c>Primitives.Money.Parse</c> or <c>global::...Money.Parse</c>), or <see langword="null"/> when the receiver is
    /// written in another way.
    /// </summary>
    public static string? ReceiverTypeName(ExpressionSyntax receiver) => receiver switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
        AliasQualifiedNameSyntax { Name: IdentifierNameSyntax name } => name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>True when <paramref name="receiver"/> cannot name a type, a value or an alias from which a static call could reach a type of the library (<c>int.Parse</c>, <c>List&lt;T&gt;.Parse</c>).</summary>
    public static bool CannotNameLibraryType(ExpressionSyntax receiver)
        => receiver is PredefinedTypeSyntax or GenericNameSyntax
            || receiver is MemberAccessExpressionSyntax { Name: GenericNameSyntax };

    /// <summary>
    /// True when <paramref name="expression"/> is a whole-number literal (<c>5</c>, <c>20_000m</c>, <c>3.00m</c>): as a money
    /// amount it is neither a floating-point value nor a fraction any currency would refuse.
    /// </summary>
    public static bool IsWholeNumberLiteral(ExpressionSyntax expression)
        => StripParentheses(expression) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal
            && literal.Token.Value switch
            {
                int or uint or long or ulong => true,
                decimal value => decimal.Round(value, 0) == value,
                _ => false,
            };

    /// <summary>The text of a plain string literal (<c>"Asia/Seoul"</c>, <c>@"..."</c>), or <see langword="null"/>.</summary>
    public static string? StringLiteral(ExpressionSyntax expression)
        => StripParentheses(expression) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
            ? literal.Token.ValueText
            : null;
}
