using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Gwanak.Innovation.Tests;

/// <summary>
/// The README's C# examples are the promise to a new user: each compiles as a console program of its own (with the SDK's
/// implicit usings) against the library and its JSON package, runs in the repository's root (as the README's commands
/// do, so <c>data/…</c> is found), and prints what its <c>Console.WriteLine(…); // expected</c> comments say, line by line.
/// </summary>
[Collection(nameof(ConsoleOutput))]
public sealed partial class ReadmeTests
{
    private const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;";

    public static TheoryData<int> Examples => [.. Enumerable.Range(0, CSharpBlocks().Count)];

    [Fact]
    public void The_readme_has_examples()
        => Assert.True(CSharpBlocks().Count >= 2);

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_compiles_runs_and_prints_what_it_says(int index)
    {
        string code = CSharpBlocks()[index];
        var expected = code.Split('\n').Select(l => ExpectedOutput().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value.TrimEnd()).ToArray();
        Assert.True(expected.Length > 0, $"README example {index} prints nothing it promises.");
        Assert.True(code.Split('\n').Count(l => l.Contains("Console.WriteLine(", StringComparison.Ordinal)) == expected.Length, $"README example {index}: every Console.WriteLine says what it prints in a comment.");

        var assembly = Compile(code, index);
        var output = new StringWriter();
        var before = Console.Out;
        string directory = Environment.CurrentDirectory;
        Console.SetOut(output);
        Environment.CurrentDirectory = RuleCatalogTests.RepositoryRoot();
        try
        {
            assembly.EntryPoint!.Invoke(null, [Array.Empty<string>()]);
        }
        finally
        {
            Environment.CurrentDirectory = directory;
            Console.SetOut(before);
        }

        Assert.Equal(expected, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    private static Assembly Compile(string code, int index)
    {
        Assembly[] packages = [typeof(Money).Assembly, typeof(Json.DistrictDocument).Assembly];
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Concat(AppDomain.CurrentDomain.GetAssemblies()
                .Where(a => !a.IsDynamic && a.GetName().Name is { } n && (n.StartsWith("Gwanak.Innovation", StringComparison.Ordinal) || n.StartsWith("NodaTime", StringComparison.Ordinal)) && a.Location.Length > 0)
                .Concat(packages)
                .Distinct()
                .Select(a => MetadataReference.CreateFromFile(a.Location)));
        var compilation = CSharpCompilation.Create(
            $"ReadmeExample{index}",
            [CSharpSyntaxTree.ParseText(ImplicitUsings), CSharpSyntaxTree.ParseText(code)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, $"README example {index} does not compile:\n" + string.Join('\n', result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(image.ToArray());
    }

    private static List<string> CSharpBlocks()
    {
        _ = typeof(Money); // the library is loaded, so its location is known
        string readme = File.ReadAllText(Path.Combine(RuleCatalogTests.RepositoryRoot(), "README.md"));
        return [.. CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex("Console\\.WriteLine\\(.*\\);\\s*// (.*)$")]
    private static partial Regex ExpectedOutput();
}

/// <summary>Tests that redirect <see cref="Console.Out"/> or change the current directory run one at a time.</summary>
[CollectionDefinition(nameof(ConsoleOutput), DisableParallelization = true)]
public sealed class ConsoleOutput
{
}
