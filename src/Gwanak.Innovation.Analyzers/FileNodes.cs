using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Gwanak.Innovation.Analyzers;

/// <summary>
/// The nodes of the kinds the package's rules look at, found in one walk of each file and shared by every rule that
/// analyses the file in the same compilation, so that seven rules walk a file once instead of seven times.
/// </summary>
/// <remarks>
/// The walk is per compilation, never carried from one compilation to the next, so a build pays it once per file. A
/// file's nodes are dropped as soon as every rule that registered for the compilation has read them.
/// </remarks>
internal sealed class FileNodes
{
    /// <summary>The kinds gathered: every kind a rule registers for, except a bare name (only read when a file has <c>using static</c>).</summary>
    private static readonly SyntaxKind[] Kinds =
    {
        SyntaxKind.ExpressionStatement,
        SyntaxKind.SwitchStatement,
        SyntaxKind.InvocationExpression,
        SyntaxKind.SimpleMemberAccessExpression,
        SyntaxKind.ElementAccessExpression,
        SyntaxKind.ObjectCreationExpression,
        SyntaxKind.ImplicitObjectCreationExpression,
        SyntaxKind.BaseConstructorInitializer,
        SyntaxKind.ThisConstructorInitializer,
        SyntaxKind.PrimaryConstructorBaseType,
    };

    private static readonly ConditionalWeakTable<Compilation, FileNodes> PerCompilation = new();

    private readonly ConcurrentDictionary<SyntaxTree, File> files = new();
    private int readers;

    /// <summary>True when a walk gathers every node of <paramref name="kinds"/>.</summary>
    public static bool Gathers(SyntaxKind[] kinds) => Array.TrueForAll(kinds, kind => Array.IndexOf(Kinds, kind) >= 0);

    /// <summary>The shared nodes of <paramref name="compilation"/>, with one more rule that will read every file's nodes.</summary>
    public static FileNodes AddReader(Compilation compilation)
    {
        FileNodes nodes = PerCompilation.GetValue(compilation, _ => new FileNodes());
        Interlocked.Increment(ref nodes.readers);
        return nodes;
    }

    /// <summary>The nodes of the gathered kinds in <paramref name="root"/>, in document order; the last reader drops them.</summary>
    public IReadOnlyList<SyntaxNode> Read(SyntaxNode root)
    {
        if (!files.TryGetValue(root.SyntaxTree, out File? file))
        {
            file = files.GetOrAdd(root.SyntaxTree, new File(root));
        }

        IReadOnlyList<SyntaxNode> nodes = file.Nodes;
        if (Interlocked.Increment(ref file.Reads) >= Volatile.Read(ref readers))
        {
            files.TryRemove(root.SyntaxTree, out _);
        }

        return nodes;
    }

    private sealed class File
    {
        private readonly Lazy<IReadOnlyList<SyntaxNode>> nodes;
        public int Reads;

        public File(SyntaxNode root) => nodes = new Lazy<IReadOnlyList<SyntaxNode>>(() => Walk(root), LazyThreadSafetyMode.ExecutionAndPublication);

        public IReadOnlyList<SyntaxNode> Nodes => nodes.Value;

        private static IReadOnlyList<SyntaxNode> Walk(SyntaxNode root)
        {
            var found = new List<SyntaxNode>();
            foreach (SyntaxNode node in root.DescendantNodesAndSelf())
            {
                if (Array.IndexOf(Kinds, (SyntaxKind)node.RawKind) >= 0)
                {
                    found.Add(node);
                }
            }

            return found;
        }
    }
}
