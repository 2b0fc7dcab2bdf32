using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Gwanak.Innovation.Analyzers;
using Gwanak.Innovation.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Gwanak.Innovation.Benchmarks.Analyzers;

/// <summary>
/// What the package's rules add to a build: all GWI analyzers on a generated compilation of 1,000 files that use the
/// model, against the same compilation with an analyzer that registers nothing; both also compute the compiler's own
/// diagnostics (the roslyn-analyzers performance test pattern). Goal: under 1.15x. For a breakdown, each rule alone and
/// an analyzer that only reports the rules' 600 diagnostics, found by their text without any analysis (the share of
/// the analyzer driver's handling of reported diagnostics), can be run too.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const int FileCount = 1_000;

    private CSharpCompilation compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> rules;
    private ImmutableArray<DiagnosticAnalyzer> empty;
    private ImmutableArray<DiagnosticAnalyzer> reportsOnly;

    /// <summary>Parses the files once; each run binds them afresh in a clone of the compilation.</summary>
    [GlobalSetup]
    public void Setup()
    {
        IEnumerable<MetadataReference> references = Basic.Reference.Assemblies.Net100.References.All.Concat(new MetadataReference[]
        {
            MetadataReference.CreateFromFile(typeof(Money).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location),
        });
        compilation = CSharpCompilation.Create(
            "Portal",
            Enumerable.Range(0, FileCount).Select(i => CSharpSyntaxTree.ParseText(Source(i), path: "File" + i.ToString(CultureInfo.InvariantCulture) + ".cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        rules = ImmutableArray.Create<DiagnosticAnalyzer>(
            new DiscardedTransitionAnalyzer(),
            new UnparsableConstantAnalyzer(),
            new UnknownTimeZoneIdAnalyzer(),
            new SystemClockAnalyzer(),
            new NonExhaustiveSwitchAnalyzer(),
            new FloatingPointMoneyAnalyzer(),
            new NamedDistrictCodeAnalyzer());
        empty = ImmutableArray.Create<DiagnosticAnalyzer>(new NoRulesAnalyzer());
        reportsOnly = ImmutableArray.Create<DiagnosticAnalyzer>(new ReportsOnlyAnalyzer());

        // The generated code must be valid C#, or the benchmark would measure error recovery.
        Diagnostic? error = compilation.Clone().GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null)
        {
            throw new System.InvalidOperationException("The generated compilation does not compile: " + error);
        }

        // The floor must report what the rules report, where they report it, or it would measure something else.
        string Places(ImmutableArray<DiagnosticAnalyzer> analyzers) => string.Join(
            "\n",
            Run(analyzers).GetAwaiter().GetResult()
                .Where(d => d.Id.StartsWith("GWI", System.StringComparison.Ordinal))
                .Select(d => d.Id + " " + d.Location.GetLineSpan())
                .Order(System.StringComparer.Ordinal));
        string rulesReport = Places(rules);
        if (rulesReport.Split('\n').Length != 600 || rulesReport != Places(reportsOnly))
        {
            throw new System.InvalidOperationException("The reports-only analyzer does not report the rules' 600 diagnostics at the rules' places.");
        }
    }

    /// <summary>Compiler diagnostics with an analyzer that registers nothing.</summary>
    [Benchmark(Baseline = true)]
    public Task<ImmutableArray<Diagnostic>> EmptyAnalyzer() => Run(empty);

    /// <summary>Compiler diagnostics with all GWI rules.</summary>
    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> AllRules() => Run(rules);

    /// <summary>The rules' 600 diagnostics, found by their text alone: what reporting them costs the analyzer driver.</summary>
    [Benchmark]
    [BenchmarkCategory("PerRule")]
    public Task<ImmutableArray<Diagnostic>> ReportsOnly() => Run(reportsOnly);

    /// <summary>Compiler diagnostics with GWI0001 alone.</summary>
    [Benchmark]
    [BenchmarkCategory("PerRule")]
    public Task<ImmutableArray<Diagnostic>> OnlyGWI0001() => Run(ImmutableArray.Create<DiagnosticAnalyzer>(new DiscardedTransitionAnalyzer()));

    /// <summary>Compiler diagnostics with GWI0002 alone.</summary>
    [Benchmark]
    [BenchmarkCategory("PerRule")]
    public Task<ImmutableArray<Diagnostic>> OnlyGWI0002() => Run(ImmutableArray.Create<DiagnosticAnalyzer>(new UnparsableConstantAnalyzer()));

    /// <summary>Compiler diagnostics with GWI0003 alone.</summary>
    [Benchmark]
    [BenchmarkCategory("PerRule")]
    public Task<ImmutableArray<Diagnostic>> OnlyGWI0003() => Run(ImmutableArray.Create<DiagnosticAnalyzer>(new UnknownTimeZoneIdAnalyzer()));

    /// <summary>Compiler diagnostics with GWI0004 alone.</summary>
    [Benchmark]
    [BenchmarkCategory("PerRule")]
    public Task<ImmutableArray<Diagnostic>> OnlyGWI0004() => Run(ImmutableArray.Create<DiagnosticAnalyzer>(new SystemClockAnalyzer()));

    /// <summary>Compiler diagnostics with GWI0005 alone.</summary>
    [Benchmark]
    [BenchmarkCategory("PerRule")]
    public Task<ImmutableArray<Diagnostic>> OnlyGWI0005() => Run(ImmutableArray.Create<DiagnosticAnalyzer>(new NonExhaustiveSwitchAnalyzer()));

    /// <summary>Compiler diagnostics with GWI0006 alone.</summary>
    [Benchmark]
    [BenchmarkCategory("PerRule")]
    public Task<ImmutableArray<Diagnostic>> OnlyGWI0006() => Run(ImmutableArray.Create<DiagnosticAnalyzer>(new FloatingPointMoneyAnalyzer()));

    /// <summary>Compiler diagnostics with GWI0007 alone.</summary>
    [Benchmark]
    [BenchmarkCategory("PerRule")]
    public Task<ImmutableArray<Diagnostic>> OnlyGWI0007() => Run(ImmutableArray.Create<DiagnosticAnalyzer>(new NamedDistrictCodeAnalyzer()));


    private Task<ImmutableArray<Diagnostic>> Run(ImmutableArray<DiagnosticAnalyzer> analyzers)
        => compilation.Clone().WithAnalyzers(analyzers).GetAllDiagnosticsAsync();

    // A portal file: model values, parsing, zones, switches; every tenth file also breaks each rule once.
    private static string Source(int i)
    {
        string n = i.ToString(CultureInfo.InvariantCulture);
        string mistakes = i % 10 != 0 ? string.Empty : """
                    name.With("ja", "冠岳区");
                    var bad = BusinessRegistrationNumber.Parse("124-81-00999");
                    var typo = DateTimeZoneProviders.Tzdb["America/Los_Angles"];
                    var now = Instant.FromDateTimeUtc(System.DateTime.UtcNow);
                    var fraction = Money.Won(1.5m);
                    var district = AdministrativeDistrictCode.Parse("11620");
            """;
        return $$"""
            using System;
            using System.Collections.Generic;
            using Gwanak.Innovation.Primitives;
            using NodaTime;

            namespace Portal.Screens{{n}};

            public sealed class Screen{{n}}
            {
                private readonly IClock clock;
                private LocalizedText name = LocalizedText.Create("관악구 {{n}}", "Gwanak-gu {{n}}");

                public Screen{{n}}(IClock clock) => this.clock = clock;

                public string Describe(AdministrativeLevel level, DateRange range, List<Money> amounts)
                {
                    name = name.With("ja", "冠岳区");
                    var fund = Money.Won(20_000_000_000m) + Money.Parse("60억 원");
                    var total = Money.Sum(amounts, Currency.Krw);
                    var company = BusinessRegistrationNumber.Parse("124-81-00998");
                    var code = AdministrativeDistrictCode.Parse("1162010100");
                    var gwanak = AdministrativeDistrictCode.Seoul.Gwanak;
                    var seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];
                    var today = clock.GetCurrentInstant().InZone(seoul).Date;
                    var extended = range.EndingOn(today.PlusDays({{i % 30}}));
                    var share = fund.MultiplyBy(0.375m, MidpointRounding.ToEven);
            {{mistakes}}
                    switch (level)
                    {
                        case AdministrativeLevel.CityOrProvince:
                        case AdministrativeLevel.District:
                            return name.Korean + " " + fund.ToKoreanString() + " " + company + " " + code.IsWithin(gwanak);
                        case AdministrativeLevel.Dong:
                            return share.ToEnglishString() + " " + extended.Contains(today) + " " + total;
                        default:
                            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level.");
                    }
                }
            }
            """;
    }

    /// <summary>An analyzer that registers nothing: the cost of the compiler's own diagnostics.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class NoRulesAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Nothing = new("EMPTY0001", "Nothing", "Nothing", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Nothing);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        }
    }

    /// <summary>
    /// Reports the generated mistakes with the rules' ids at the rules' places, found by their text without binding
    /// anything: the cost of reporting 600 diagnostics, which no implementation of the rules can avoid.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ReportsOnlyAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.DiscardedTransition,
            Descriptors.UnparsableConstant,
            Descriptors.UnknownTimeZoneId,
            Descriptors.SystemClock,
            Descriptors.FloatingPointMoney,
            Descriptors.NamedDistrictCode);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSemanticModelAction(file =>
            {
                foreach (SyntaxNode node in file.SemanticModel.SyntaxTree.GetRoot(file.CancellationToken).DescendantNodes())
                {
                    (DiagnosticDescriptor Rule, SyntaxNode At)? mistake = node switch
                    {
                        ExpressionStatementSyntax { Expression: InvocationExpressionSyntax } statement => (Descriptors.DiscardedTransition, statement),
                        LiteralExpressionSyntax { Token.ValueText: "124-81-00999" } literal => (Descriptors.UnparsableConstant, literal),
                        LiteralExpressionSyntax { Token.ValueText: "America/Los_Angles" } literal => (Descriptors.UnknownTimeZoneId, literal),
                        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "UtcNow" } access => (Descriptors.SystemClock, access),
                        LiteralExpressionSyntax { Token.Text: "1.5m" } literal => (Descriptors.FloatingPointMoney, literal),
                        InvocationExpressionSyntax { ArgumentList.Arguments: [{ Expression: LiteralExpressionSyntax { Token.ValueText: "11620" } }] } call => (Descriptors.NamedDistrictCode, call),
                        _ => null,
                    };
                    if (mistake is { } found)
                    {
                        file.ReportDiagnostic(Diagnostic.Create(found.Rule, found.At.GetLocation()));
                    }
                }
            });
        }
    }
}
