using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Gwanak.Innovation.Primitives;
using Gwanak.Innovation.Tests.Districts;
using Gwanak.Innovation.Tests.Exchange;
using Gwanak.Innovation.Tests.Organizations;
using Gwanak.Innovation.Ventures;
using Gwanak.Innovation.Zones;

namespace Gwanak.Innovation.Tests.Primitives;

/// <summary>
/// Every public factory (constructor, static method returning its type or a <see cref="Decision{T}"/> of it) and every
/// transition (and its <c>Can…</c> form) of the library, called by reflection with one argument at a time null or
/// <see langword="default"/> and the others taken from the Gwanak 2023 district and the event samples: what it throws is
/// an <see cref="ArgumentException"/> whose <see cref="ArgumentException.ParamName"/> is a parameter of that very method,
/// or a <see cref="DomainRuleException"/>, never another exception.
/// </summary>
public sealed class ArgumentNameWalkTests
{
    private static readonly Assembly Library = typeof(DomainRuleException).Assembly;
    private static readonly Lazy<Samples> Values = new(() => new Samples());

    [Fact]
    public void Every_argument_error_of_a_factory_or_transition_names_one_of_its_parameters()
    {
        var values = Values.Value;
        var wrong = new List<string>();
        int calls = 0;
        foreach (var method in Walked())
        {
            object? receiver = null;
            if (method is MethodInfo { IsStatic: false } && !values.TryGet(method.DeclaringType!, out receiver))
            {
                wrong.Add($"{Describe(method)}: no instance of {method.DeclaringType!.Name} to call it on");
                continue;
            }

            var parameters = method.GetParameters();
            for (int i = 0; i < parameters.Length; i++)
            {
                object?[] arguments = new object?[parameters.Length];
                bool complete = true;
                for (int j = 0; j < parameters.Length && complete; j++)
                {
                    complete = j == i ? true : values.TryGet(parameters[j].ParameterType, out arguments[j]);
                }

                if (!complete)
                {
                    wrong.Add($"{Describe(method)}: no sample value for a parameter");
                    break;
                }

                arguments[i] = NullOrDefault(parameters[i].ParameterType);
                calls++;
                if (Invoke(method, receiver, arguments) is { } thrown && Judge(thrown, parameters) is { } problem)
                {
                    wrong.Add($"{Describe(method)} with {parameters[i].Name} = {(arguments[i] is null ? "null" : "default")}: {problem}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Distinct().Order(StringComparer.Ordinal)));
        Assert.True(calls > 500, $"Only {calls} calls were made.");
    }

    [Fact]
    public void The_walk_reaches_the_founding_factory_and_transitions_of_every_aggregate()
    {
        var aggregates = Library.GetExportedTypes().Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(EventSourcedAggregate<,,>)).ToArray();
        var walked = Walked().ToArray();
        Assert.NotEmpty(aggregates);
        Assert.All(aggregates, a => Assert.Contains(walked, m => m.DeclaringType == a && m is MethodInfo { IsStatic: true, Name: "Create" }));
        Assert.All(aggregates, a => Assert.Contains(walked, m => m.DeclaringType == a && m.GetCustomAttribute<TransitionAttribute>() is not null));
    }

    // The public factories and transitions, with the Can… forms of the transitions.
    private static IEnumerable<MethodBase> Walked()
    {
        foreach (var type in Library.GetExportedTypes().Where(t => !t.IsAbstract || t.IsSealed).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.IsGenericTypeDefinition || type.IsEnum || typeof(Delegate).IsAssignableFrom(type))
            {
                continue;
            }

            foreach (var constructor in type.GetConstructors().Where(c => c.GetParameters().Length > 0 && Callable(c)))
            {
                yield return constructor;
            }

            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && m.GetParameters().Length > 0 && Callable(m))
                .ToArray();
            var transitionNames = methods.Where(m => m.GetCustomAttribute<TransitionAttribute>() is not null).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var method in methods)
            {
                bool factory = method.IsStatic && Produces(method.ReturnType, type) && !method.Name.Contains("Parse", StringComparison.Ordinal);
                bool transition = method.GetCustomAttribute<TransitionAttribute>() is not null;
                bool can = !method.IsStatic && method.Name.StartsWith("Can", StringComparison.Ordinal) && transitionNames.Contains(method.Name[3..]);
                if (factory || transition || can)
                {
                    yield return method;
                }
            }
        }
    }

    private static bool Produces(Type returned, Type type)
        => returned == type || (returned.IsGenericType && returned.GetGenericTypeDefinition() == typeof(Decision<>) && returned.GetGenericArguments()[0] == type);

    // By-ref and span parameters cannot be passed by reflection; those overloads have a string or value twin that is walked.
    private static bool Callable(MethodBase method)
        => method.GetParameters().All(p => !p.ParameterType.IsByRef && !p.ParameterType.IsByRefLike && !p.ParameterType.IsPointer && !p.ParameterType.ContainsGenericParameters);

    private static object? NullOrDefault(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;

    private static Exception? Invoke(MethodBase method, object? receiver, object?[] arguments)
    {
        try
        {
            _ = method is ConstructorInfo constructor ? constructor.Invoke(arguments) : method.Invoke(receiver, arguments);
            return null;
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException;
        }
    }

    private static string? Judge(Exception thrown, ParameterInfo[] parameters) => thrown switch
    {
        ArgumentException a when parameters.Any(p => p.Name == a.ParamName) => null,
        ArgumentException a => $"{a.GetType().Name} names '{a.ParamName}', not a parameter ({string.Join(", ", parameters.Select(p => p.Name))}): {a.Message}",
        DomainRuleException => null,
        _ => $"{thrown.GetType().FullName} escaped: {thrown.Message}",
    };

    private static string Describe(MethodBase method)
        => $"{method.DeclaringType!.Name}.{(method is ConstructorInfo ? "new" : method.Name)}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";

    /// <summary>Values of every type the walk passes, found in the Gwanak 2023 district, the event samples and a few built-ins.</summary>
    private sealed class Samples
    {
        private readonly Dictionary<Type, object> byType = [];
        private readonly HashSet<object> seen = new(ReferenceEqualityComparer.Instance);

        public Samples()
        {
            Add("sample", 0);
            Add(1, 0);
            Add(1L, 0);
            Add(1m, 0);
            Add(0.5, 0);
            Add(true, 0);
            Add(StringComparison.Ordinal, 0);
            Add(MidpointRounding.ToEven, 0);
            Add(System.Globalization.CultureInfo.InvariantCulture, 0);
            Add(Gwanak2023District.Build(), 0);
            Add(AdministrativeDistrictRegistry.Builtin, 0);
            Add(DesignationCriteria.VentureAct, 0);
            Add(VentureConfirmationPolicy.Default, 0);
            Add(SmeConfirmationPolicy.Default, 0);
            Add(Currency.Usd, 0);
            Add(new NodaTime.LocalTime(10, 0), 0);
            Add(new Gwanak.Innovation.Exchange.FollowUp(LocalizedText.Create("후속 회의", "Follow-up meeting"), new NodaTime.LocalDate(2023, 9, 1)), 0);
            Add(new Gwanak.Innovation.Exchange.VisitOutcome(Gwanak.Innovation.Exchange.VisitOutcomeKind.StudyVisit, LocalizedText.Create("면담", "Meeting")), 0);
            Add(CorporateRegistrationNumber.Parse("130111-0006246"), 0);
            Add(new Refusal(HistoryRules.MustStartWithFounding, "A sample refusal."), 0);
            Add(new InvalidOperationException("A sample error."), 0);
            Add(new[] { Money.Won(1) }, 0);
            Add(Gwanak2023Exchange.Visits(), 0);
            Add(Gwanak2023Organizations.GwanakGuOffice, 0);
            foreach (var samples in typeof(ArgumentNameWalkTests).Assembly.GetTypes().Where(t => typeof(IEventSamples).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }))
            {
                foreach (var e in ((IEventSamples)Activator.CreateInstance(samples)!).Events)
                {
                    Add(e, 0);
                }
            }
        }

        public bool TryGet(Type type, out object? value)
        {
            value = null;
            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                type = underlying;
            }

            if (byType.TryGetValue(type, out var found))
            {
                value = found;
                return true;
            }

            if (type.IsEnum)
            {
                value = Enum.GetValues(type).GetValue(0);
                return true;
            }

            if (byType.Values.FirstOrDefault(type.IsInstanceOfType) is { } assignable)
            {
                value = assignable;
                return true;
            }

            if (ElementOf(type) is { } element && TryGet(element, out var item))
            {
                var array = Array.CreateInstance(element, 1);
                array.SetValue(item, 0);
                value = type.IsInstanceOfType(array) ? array
                    : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>) ? Activator.CreateInstance(type, array)
                    : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) ? typeof(ImmutableArray).GetMethods().First(m => m.Name == "Create" && m.GetParameters() is [{ ParameterType.IsArray: true }]).MakeGenericMethod(element).Invoke(null, [array])
                    : null;
                return value is not null;
            }

            return false;
        }

        private static Type? ElementOf(Type type)
        {
            if (type.IsArray)
            {
                return type.GetElementType();
            }

            return type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(IEnumerable<>).MakeGenericType(element).IsAssignableFrom(type) ? element : null;
        }

        private void Add(object? value, int depth)
        {
            if (value is null || depth > 8 || (!value.GetType().IsValueType && !seen.Add(value)))
            {
                return;
            }

            var type = value.GetType();
            bool isDefault = type.IsValueType && Equals(value, Activator.CreateInstance(type));
            if (!isDefault)
            {
                byType.TryAdd(type, value);
            }

            if (value is string || (type.Assembly != Library && type.Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) != true && value is not IEnumerable))
            {
                return;
            }

            if (value is IEnumerable items)
            {
                foreach (var item in items.Cast<object?>().Take(4))
                {
                    Add(item, depth + 1);
                }

                if (type.Assembly != Library)
                {
                    return;
                }
            }

            if (type.Assembly != Library)
            {
                return;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                object? next;
                try
                {
                    next = property.GetValue(value);
                }
                catch (TargetInvocationException)
                {
                    continue;
                }

                Add(next, depth + 1);
            }
        }
    }
}
