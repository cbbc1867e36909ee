using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace GraphGen.Generator.Emit;

/// <summary>
/// How the templates read the Model records and the Emit views: the members Scriban's own reflection accessor would
/// expose (public instance properties and fields under their C# names, the most derived first), read through
/// delegates made once per type and process. Scriban's accessor is made again for every new template context and reads
/// each value through <see cref="PropertyInfo.GetValue(object)"/>; a cold run reads ~10^5 members.
/// </summary>
internal sealed class ModelMemberAccessor : IObjectAccessor
{
    // One accessor a type for the whole process. Filled concurrently by parallel generator runs; an accessor is
    // read-only once made, so sharing it needs no lock.
    private static readonly ConcurrentDictionary<Type, ModelMemberAccessor> Accessors = new();

    private static readonly MethodInfo ReferenceGetterFactory =
        typeof(ModelMemberAccessor).GetMethod(nameof(ReferenceGetter), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Dictionary<string, Func<object, object?>> _getters = new(StringComparer.Ordinal);
    private readonly PropertyInfo? _indexer;

    private ModelMemberAccessor(Type type)
    {
        for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
        {
            foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                if (!field.IsLiteral && field.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null && !_getters.ContainsKey(field.Name))
                {
                    _getters.Add(field.Name, field.GetValue);
                }
            }

            foreach (var property in declaring.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                var getter = property.GetMethod;
                if (getter is null || getter.IsStatic || !getter.IsPublic || property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null)
                {
                    continue;
                }

                if (property.GetIndexParameters().Length > 0)
                {
                    _indexer = property;
                    IndexType = property.GetIndexParameters()[0].ParameterType;
                }
                else if (!_getters.ContainsKey(property.Name))
                {
                    _getters.Add(property.Name, Getter(declaring, property, getter));
                }
            }
        }
    }

    /// <summary>The accessor of <paramref name="type"/>, made on first use.</summary>
    public static ModelMemberAccessor For(Type type) => Accessors.GetOrAdd(type, static t => new ModelMemberAccessor(t));

    public bool HasIndexer => _indexer is not null;

    public Type? IndexType { get; }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var getter))
        {
            value = getter(target);
            return true;
        }

        value = null;
        return false;
    }

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = _indexer?.GetValue(target, new[] { index });
        return _indexer is not null;
    }

    // Templates only print: models and views are immutable.
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    private static Func<object, object?> Getter(Type declaring, PropertyInfo property, MethodInfo getter)
        => declaring.IsValueType
            // EquatableArray's Count: an open delegate over a struct needs a by-ref signature; reflection is enough.
            ? property.GetValue
            : (Func<object, object?>)ReferenceGetterFactory.MakeGenericMethod(declaring, property.PropertyType).Invoke(null, new object[] { getter })!;

    private static Func<object, object?> ReferenceGetter<TTarget, TValue>(MethodInfo getter)
        where TTarget : class
    {
        var read = (Func<TTarget, TValue>)Delegate.CreateDelegate(typeof(Func<TTarget, TValue>), getter);
        return target => read((TTarget)target);
    }
}
