using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace GraphGen.Generator.Tests.Infrastructure;

/// <summary>
/// Walks what pipeline steps hold (records, equatable arrays, strings) by reflection, once per object, so tests can
/// check every value a step caches without listing record types by hand.
/// </summary>
public static class PipelineValues
{
    /// <summary>
    /// Calls <paramref name="visit"/> with each value and its path (<c>Step.Value[3].Name</c>), then walks into its
    /// items or public properties unless <paramref name="visit"/> returns false. Strings, primitives and enums are
    /// visited, never walked into; a reference seen before is skipped.
    /// </summary>
    public static void Walk(object? value, string path, Func<object, string, bool> visit, HashSet<object> visited)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        var isLeaf = value is string || type.IsPrimitive || type.IsEnum;
        if (!isLeaf && !type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (!visit(value, path) || isLeaf)
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            var i = 0;
            foreach (var item in sequence)
            {
                Walk(item, $"{path}[{i++}]", visit, visited);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Walk(property.GetValue(value), path + "." + property.Name, visit, visited);
        }
    }
}
