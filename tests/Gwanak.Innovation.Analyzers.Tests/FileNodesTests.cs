using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Gwanak.Innovation.Analyzers.Tests;

public sealed class FileNodesTests
{
    private const string Source = """
        class C
        {
            int M(System.Collections.Generic.List<int> list)
            {
                list.Add(1);
                switch (list.Count) { default: return list[0]; }
            }
        }
        """;

    [Fact]
    public void The_rules_of_one_compilation_share_one_walk_of_a_file_and_the_last_reader_drops_it()
    {
        CSharpCompilation compilation = AllAnalyzers.Compile(referenceLibrary: false, Source);
        SyntaxNode root = compilation.SyntaxTrees.Single().GetRoot(TestContext.Current.CancellationToken);
        FileNodes nodes = FileNodes.AddReader(compilation);
        Assert.Same(nodes, FileNodes.AddReader(compilation));

        var first = nodes.Read(root);
        var second = nodes.Read(root);
        var afterBoth = nodes.Read(root);

        Assert.Same(first, second);
        Assert.NotSame(second, afterBoth);
        Assert.Equal(first, afterBoth);
    }

    [Fact]
    public void A_walk_gathers_the_rules_kinds_in_document_order()
    {
        CSharpCompilation compilation = AllAnalyzers.Compile(referenceLibrary: false, Source);
        SyntaxNode root = compilation.SyntaxTrees.Single().GetRoot(TestContext.Current.CancellationToken);

        var found = FileNodes.AddReader(compilation).Read(root).Select(n => n.Kind() + " " + n).ToList();

        Assert.Equal(
            new[]
            {
                "ExpressionStatement list.Add(1);",
                "InvocationExpression list.Add(1)",
                "SimpleMemberAccessExpression list.Add",
                "SwitchStatement switch (list.Count) { default: return list[0]; }",
                "SimpleMemberAccessExpression list.Count",
                "ElementAccessExpression list[0]",
            },
            found);
        Assert.True(FileNodes.Gathers(new[] { SyntaxKind.InvocationExpression, SyntaxKind.SwitchStatement }));
        Assert.False(FileNodes.Gathers(new[] { SyntaxKind.IdentifierName }));
    }
}
