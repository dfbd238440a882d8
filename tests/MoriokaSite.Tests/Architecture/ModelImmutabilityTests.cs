using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using MoriokaSite.Model;

namespace MoriokaSite.Tests.Architecture;

/// <summary>
/// The model is complete when built: every reference, back references included, is given at construction, and
/// nothing is set or added afterwards. So no type of generator/Model has a setter other than init, a field that
/// is not readonly, or a property or field whose type can be changed in place (a List, a Dictionary, an array).
/// </summary>
public sealed class ModelImmutabilityTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly IReadOnlyList<Type> ModelTypes = typeof(SiteModel).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(SiteModel).Namespace && !t.IsEnum && !t.IsDefined(typeof(CompilerGeneratedAttribute)) && !t.Name.Contains('<', StringComparison.Ordinal))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    [Fact]
    public void The_model_has_the_types_that_point_at_each_other()
    {
        Assert.Contains(typeof(Town), ModelTypes);
        Assert.Contains(typeof(Field), ModelTypes);
        Assert.Contains(typeof(Pillar), ModelTypes);
        Assert.Contains(typeof(Project), ModelTypes);
    }

    [Fact]
    public void No_model_type_can_be_changed_once_built()
    {
        var changeable = ModelTypes.SelectMany(Changeable).ToList();

        Assert.True(changeable.Count == 0, string.Join("\n", changeable));
    }

    [Fact]
    public void The_check_catches_a_setter_a_field_and_a_list()
    {
        Assert.Equal(
            [
                "Mutable.Cells: a field of type String[], which can be changed in place",
                "Mutable.Count: a field that is not readonly",
                "Mutable.Items: a property of type List`1, which can be changed in place",
                "Mutable.Name: a setter other than init",
            ],
            Changeable(typeof(Mutable)).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Changeable(Type type)
    {
        foreach (var property in type.GetProperties(Declared))
        {
            if (IsChangeableInPlace(property.PropertyType))
            {
                yield return $"{type.Name}.{property.Name}: a property of type {property.PropertyType.Name}, which can be changed in place";
            }

            if (property.SetMethod is { } setter && !IsInitOnly(setter))
            {
                yield return $"{type.Name}.{property.Name}: a setter other than init";
            }
        }

        // A property's backing field is the property's: reported with it. Any other field, a captured parameter of a
        // primary constructor included, is the type's own state.
        foreach (var field in type.GetFields(Declared).Where(f => !f.IsLiteral && !f.Name.EndsWith("k__BackingField", StringComparison.Ordinal)))
        {
            if (!field.IsInitOnly)
            {
                yield return $"{type.Name}.{field.Name}: a field that is not readonly";
            }

            if (IsChangeableInPlace(field.FieldType))
            {
                yield return $"{type.Name}.{field.Name}: a field of type {field.FieldType.Name}, which can be changed in place";
            }
        }
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    /// <summary>Arrays, and anything with Add or an indexer that sets: List, Dictionary, HashSet and their interfaces.</summary>
    private static bool IsChangeableInPlace(Type type) =>
        type.IsArray
        || (type.Namespace != "System.Collections.Immutable"
            && (Implements(type, typeof(ICollection<>)) || typeof(IList).IsAssignableFrom(type) || typeof(IDictionary).IsAssignableFrom(type)));

    private static bool Implements(Type type, Type generic) =>
        type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic);

    /// <summary>What the check is there to catch.</summary>
    private sealed class Mutable
    {
#pragma warning disable CS0649, CS0169, IDE0044, IDE0051 // Never read or written: only looked at.
        private int Count;
        private readonly string[] Cells = [];
#pragma warning restore CS0649, CS0169, IDE0044, IDE0051

        public List<string> Items { get; } = [];

        public string Name { get; set; } = string.Empty;
    }
}
