using System.Reflection;
using MoriokaSite.Diagnostics;

namespace MoriokaSite.Tests.Support;

/// <summary>Calls every factory of a class with sample arguments, so a test can see every message it makes.</summary>
public static class Samples
{
    /// <summary>What each public static method returning <typeparamref name="T"/> (and each such field) gives.</summary>
    public static IReadOnlyList<(string Name, T Value)> Of<T>(Type type)
    {
        var nullability = new NullabilityInfoContext();
        var fromMethods = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(T))
            .SelectMany(m => Arguments(m, nullability).Select(args => (m.Name, (T)m.Invoke(null, args)!)));
        var fromFields = type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(T))
            .Select(f => (f.Name, (T)f.GetValue(null)!));
        return fromMethods.Concat(fromFields).ToList();
    }

    /// <summary>One set of arguments, and a second with null for each parameter that may be null.</summary>
    private static IEnumerable<object?[]> Arguments(MethodInfo method, NullabilityInfoContext nullability)
    {
        var parameters = method.GetParameters();
        yield return parameters.Select(p => Sample(p.ParameterType)).ToArray();
        if (parameters.Any(p => nullability.Create(p).WriteState == NullabilityState.Nullable))
        {
            yield return parameters.Select(p => nullability.Create(p).WriteState == NullabilityState.Nullable ? null : Sample(p.ParameterType)).ToArray();
        }
    }

    private static object Sample(Type type) =>
        type == typeof(string) ? "x"
        : type == typeof(int) ? 3
        : type == typeof(Phrase) ? new Phrase("説明", "an explanation")
        : type == typeof(IEnumerable<string>) ? new[] { "x", "y" }
        : type == typeof(IEnumerable<(string, string)>) ? new[] { ("x", "y") }
        : type == typeof(IReadOnlyList<string>) ? new[] { "x", "y" }
        : type == typeof(IReadOnlyList<(string, string)>) ? new[] { ("x", "y") }
        : throw new NotSupportedException($"No sample for {type}: add one here.");
}
