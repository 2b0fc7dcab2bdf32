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
using Microsoft.CodeAnalysis.Diagnostics;

namespace Gwanak.Innovation.Benchmarks.Analyzers;

/// <summary>
/// What the package's rules add to a build: all GWI analyzers on a generated compilation of 1,000 files that use the
/// model, against the same compilation with an analyzer that registers nothing; both also compute the compiler's own
/// diagnostics (the roslyn-analyzers performance test pattern). Goal: under 1.15x. For a breakdown, each rule alone and
/// seven analyzers that register the rules' syntax node actions but return at once (the driver's share) can be run too.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const int FileCount = 1_000;

    private CSharpCompilation compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> rules;
    private ImmutableArray<DiagnosticAnalyzer> empty;
    private ImmutableArray<DiagnosticAnalyzer> idle;

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
        idle = ImmutableArray.Create<DiagnosticAnalyzer>(
            new IdleAnalyzer(SyntaxKind.ExpressionStatement),
            new IdleAnalyzer(SyntaxKind.InvocationExpression),
            new IdleAnalyzer(SyntaxKind.ElementAccessExpression, SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.BaseConstructorInitializer, SyntaxKind.ThisConstructorInitializer, SyntaxKind.PrimaryConstructorBaseType),
            new IdleAnalyzer(SyntaxKind.SimpleMemberAccessExpression),
            new IdleAnalyzer(SyntaxKind.SwitchStatement),
            new IdleAnalyzer(SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression),
            new IdleAnalyzer(SyntaxKind.InvocationExpression));

        // The generated code must be valid C#, or the benchmark would measure error recovery.
        Diagnostic? error = compilation.Clone().GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null)
        {
            throw new System.InvalidOperationException("The generated compilation does not compile: " + error);
        }
    }

    /// <summary>Compiler diagnostics with an analyzer that registers nothing.</summary>
    [Benchmark(Baseline = true)]
    public Task<ImmutableArray<Diagnostic>> EmptyAnalyzer() => Run(empty);

    /// <summary>Compiler diagnostics with all GWI rules.</summary>
    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> AllRules() => Run(rules);

    /// <summary>Seven analyzers that register the same syntax node actions as the rules but return at once: the driver's share.</summary>
    [Benchmark]
    [BenchmarkCategory("PerRule")]
    public Task<ImmutableArray<Diagnostic>> SameActionsIdle() => Run(idle);

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

    /// <summary>Registers syntax node actions for the given kinds that return at once.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class IdleAnalyzer(params SyntaxKind[] kinds) : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Nothing = new("IDLE0001", "Nothing", "Nothing", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Nothing);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start => start.RegisterSyntaxNodeAction(static _ => { }, kinds));
        }
    }
}
