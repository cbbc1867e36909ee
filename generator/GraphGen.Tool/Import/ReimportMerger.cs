using System;
using System.Collections.Generic;
using System.Linq;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Import;

/// <summary>
/// Lays a fresh import over the existing files. The spec owns what it says (types, targets, methods, results,
/// whether a parameter is required, enum values); every other key comes from the existing files: descriptions,
/// deprecations, permissions, bounds, error codes, <c>name:</c> overrides, roots, paging, keys unknown to us.
/// Operations are matched by HTTP method, so a person's name for one (<c>add</c> rather than <c>create</c>) stays.
/// An element the spec has but the format cannot say is kept as written; one the spec no longer has is reported.
/// </summary>
public sealed class ReimportMerger
{
    // Keys whose value the spec decides; everything else in an existing element is a person's and is kept.
    private static readonly HashSet<string> SpecOwnedKeys = new(StringComparer.Ordinal)
    {
        "type", "spec_type", "required", "target", "readable", "method", "returns",
    };

    // Keys holding named children that are merged one by one (by name, or by method for operations).
    private static readonly HashSet<string> MemberKeys = new(StringComparer.Ordinal) { "fields", "edges", "params", "operations" };

    private readonly ExistingSchema _existing;
    private readonly IReadOnlySet<string> _inexpressible;
    private readonly ImportReport _report;
    private readonly IReadOnlySet<string> _specTypes;

    /// <param name="existing">The files in the output folder.</param>
    /// <param name="inexpressible">Paths of spec elements the format cannot say (<see cref="ImportedSchema.InexpressiblePaths"/>).</param>
    /// <param name="specTypes">Every type name of the spec, selected by the roots or not, to tell "dropped" from "not reached".</param>
    /// <param name="report">Where kept and lost elements are recorded.</param>
    public ReimportMerger(ExistingSchema existing, IReadOnlySet<string> inexpressible, IReadOnlySet<string> specTypes, ImportReport report)
    {
        _existing = existing;
        _inexpressible = inexpressible;
        _specTypes = specTypes;
        _report = report;
    }

    public IReadOnlyList<ImportedType> Merge(IReadOnlyList<ImportedType> imported)
    {
        var merged = new List<ImportedType>(imported.Count);
        var importedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in imported)
        {
            importedNames.Add(type.Name);
            var path = SchemaPath.Type(type.Section, type.Name);
            if (!_existing.Types.TryGetValue(type.Name, out var existing))
            {
                merged.Add(type);
                continue;
            }

            var existingBody = type.Section == TypeSection.Struct && existing.Section == TypeSection.Node ? WithoutNodeKeys(existing.Body, path) : existing.Body;
            var listed = existingBody.TextOf("import") == "listed";
            var body = type.Section == TypeSection.Enum ? MergeEnum(type.Body, existingBody, path) : (YamlMap)MergeElement(type.Body, existingBody, path, listed);
            TriviaCarrier.Carry(existing.Body, body);
            merged.Add(type with { Body = body });
        }

        KeepReferencedHandWrittenTypes(merged, importedNames);
        return merged;
    }

    /// <summary>Types only the existing files declare (<c>SuccessResult</c>) stay while something kept refers to them.</summary>
    private void KeepReferencedHandWrittenTypes(List<ImportedType> merged, HashSet<string> importedNames)
    {
        var declared = new HashSet<string>(importedNames, StringComparer.Ordinal);
        var pending = new Queue<ImportedType>(merged);
        while (pending.Count > 0)
        {
            foreach (var reference in TypeReferences.Of(pending.Dequeue().Body))
            {
                if (declared.Add(reference) && _existing.Types.TryGetValue(reference, out var handWritten))
                {
                    var kept = new ImportedType(reference, handWritten.Section, handWritten.Body);
                    merged.Add(kept);
                    pending.Enqueue(kept);
                    _report.KeptAsWritten(SchemaPath.Type(kept.Section, reference) + " (not in the spec; still referenced)");
                }
            }
        }

        foreach (var type in _existing.Types.Where(t => !declared.Contains(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var why = _specTypes.Contains(type.Key) ? "not reachable from the roots" : "not in the spec";
            _report.NotCarried(SchemaPath.Type(type.Value.Section, type.Key) + " (" + why + HandWrittenKeys(type.Value.Body) + ")");
        }
    }

    /// <summary>
    /// Merges a type, field, edge or operation body: spec-owned keys from the import, the rest from the file, in the
    /// file's order. <paramref name="listed"/> (the type says <c>import: listed</c>) keeps members to those listed.
    /// </summary>
    private YamlElement MergeElement(YamlElement imported, YamlElement existing, string path, bool listed)
    {
        var importedMap = imported as YamlMap ?? new YamlMap().Set("type", imported);
        var existingMap = existing as YamlMap ?? new YamlMap().Set("type", existing);
        if (IsNarrowerThanSpec(existingMap.TextOf("type"), importedMap.TextOf("type")))
        {
            // The person's type says more than the spec's (`id` for a string, a struct for json): theirs, whole.
            _report.KeptAsWritten(path + " (type " + existingMap.TextOf("type") + " where the spec says " + importedMap.TextOf("type") + ")");
            return existing;
        }

        var result = Copy(importedMap);
        foreach (var entry in existingMap.Entries)
        {
            if (MemberKeys.Contains(entry.Key))
            {
                var members = MergeMembers(result[entry.Key] as YamlMap, entry.Value as YamlMap, path + "/" + entry.Key, entry.Key == "operations", listed);
                if (members.Count > 0)
                {
                    result.Set(entry.Key, members);
                }
            }
            else if (!SpecOwnedKeys.Contains(entry.Key))
            {
                result.Set(entry.Key, entry.Value);
            }
            else if (entry.Key is "returns" or "target" && IsNarrowerThanSpec((entry.Value as YamlText)?.Text, result.TextOf(entry.Key)))
            {
                _report.KeptAsWritten(path + "/" + entry.Key + " (" + ((YamlText)entry.Value).Text + " where the spec says " + result.TextOf(entry.Key) + ")");
                result.Set(entry.Key, entry.Value);
            }
        }

        if (listed)
        {
            foreach (var key in MemberKeys.Where(k => result.Has(k) && !existingMap.Has(k)).ToList())
            {
                _report.NotAdded(path + "/" + key + " (" + ((YamlMap)result[key]!).Count + " in the spec; the type says import: listed)");
                result = Without(result, key);
            }
        }

        result = InFileOrder(result, existingMap, importedMap);

        // `name: type` again when nothing but the type is left.
        return result.Count == 1 && result["type"] is YamlText type ? type : result;
    }

    private YamlMap MergeMembers(YamlMap? imported, YamlMap? existing, string path, bool byMethod, bool listed)
    {
        var result = imported is null ? new YamlMap() : Copy(imported);
        if (existing is null)
        {
            return result;
        }

        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in existing.Entries)
        {
            var match = byMethod ? MatchOperation(result, entry.Key, entry.Value, claimed) : (result.Has(entry.Key) ? entry.Key : null);
            var memberPath = path + "/" + (byMethod ? MethodOf(entry.Key, entry.Value) : entry.Key);
            if (match is null)
            {
                if (_inexpressible.Contains(memberPath))
                {
                    result.Set(entry.Key, entry.Value);
                    _report.KeptAsWritten(memberPath + " (the format cannot say the spec's version)");
                }
                else
                {
                    _report.NotCarried(memberPath + " (not in the spec" + HandWrittenKeys(entry.Value) + ")");
                }

                continue;
            }

            claimed.Add(match);
            var merged = MergeElement(result[match]!, entry.Value, memberPath, listed);
            if (match == entry.Key)
            {
                result.Set(match, merged);
            }
            else
            {
                // The person's operation name replaces the importer's, in the importer's position.
                result = Rename(result, match, entry.Key, merged);
                claimed.Add(entry.Key);
            }
        }

        if (listed)
        {
            foreach (var key in result.Keys.Where(k => !claimed.Contains(k) && !existing.Has(k)).ToList())
            {
                _report.NotAdded(path + "/" + key + " (the type says import: listed)");
                result = Without(result, key);
            }
        }

        return InFileOrder(result, existing, imported);
    }

    /// <summary>
    /// The merged keys in the file's order; a key the file did not have goes right after the key that precedes it in
    /// the import (a new field of an alphabetical list lands in its place), or first when none does.
    /// </summary>
    private static YamlMap InFileOrder(YamlMap merged, YamlMap existing, YamlMap? imported)
    {
        var order = MergedOrder(existing.Keys, imported?.Keys ?? [], merged.Has);
        var placed = new HashSet<string>(order, StringComparer.Ordinal);
        order.AddRange(merged.Keys.Where(placed.Add));
        var result = new YamlMap();
        foreach (var key in order)
        {
            result.Set(key, merged[key]!);
            result.SetTrivia(key, merged.TriviaOf(key));
        }

        return result;
    }

    /// <summary>Enum values in the file's order (the page's, say), new ones after their predecessor in the spec.</summary>
    private static YamlList InFileOrder(YamlList imported, List<string> existingWire, bool block)
    {
        static string WireOf(YamlElement item) => item is YamlMap map ? map.TextOf("value")! : ((YamlText)item).Text;
        var byWire = imported.Items.ToDictionary(WireOf, StringComparer.Ordinal);
        var order = MergedOrder(existingWire, imported.Items.Select(WireOf), byWire.ContainsKey);
        return new YamlList(order.Select(w => byWire[w])) { IsBlock = block };
    }

    /// <summary>
    /// The order both <see cref="InFileOrder(YamlMap, YamlMap, YamlMap?)"/> overloads keep: the file's names that
    /// are still <paramref name="isMerged"/>, each imported name the file lacks inserted after its predecessor in the import.
    /// </summary>
    private static List<string> MergedOrder(IEnumerable<string> existing, IEnumerable<string> imported, Func<string, bool> isMerged)
    {
        var order = existing.Where(isMerged).Distinct(StringComparer.Ordinal).ToList();
        var placed = new HashSet<string>(order, StringComparer.Ordinal);
        string? previous = null;
        foreach (var name in imported)
        {
            if (isMerged(name) && placed.Add(name))
            {
                order.Insert(previous is null ? 0 : order.IndexOf(previous) + 1, name);
            }

            if (placed.Contains(name))
            {
                previous = name;
            }
        }

        return order;
    }

    private static YamlMap Without(YamlMap map, string key)
    {
        var result = new YamlMap();
        foreach (var entry in map.Entries.Where(e => e.Key != key))
        {
            result.Set(entry.Key, entry.Value);
            result.SetTrivia(entry.Key, map.TriviaOf(entry.Key));
        }

        return result;
    }

    /// <summary>
    /// A type a person narrowed from the spec's: from its vague <c>Object</c> (written <c>json</c>) to a struct, e.g.
    /// <c>returns: SuccessResult</c> for a DELETE that answers <c>{"success": true}</c>, from <c>string</c> or
    /// <c>int64</c> to <c>id</c>, or to a type only the files declare; the same inside <c>list&lt;&gt;</c>. Kept.
    /// </summary>
    private bool IsNarrowerThanSpec(string? existing, string? spec)
    {
        if (existing is null || spec is null || existing == spec)
        {
            return false;
        }

        if (spec == "json" || (existing == "id" && spec is "string" or "int64"))
        {
            return true;
        }

        // A type the person wrote that the spec does not have (a result struct transcribed from the reference page,
        // an enum for a spec string) is a decision the spec cannot make.
        if (_existing.Types.TryGetValue(existing, out var declared) && !_specTypes.Contains(existing)
            && (declared.Section != TypeSection.Enum || spec == "string"))
        {
            return true;
        }

        const string List = "list<";
        return spec.StartsWith(List, StringComparison.Ordinal) && existing.StartsWith(List, StringComparison.Ordinal)
            && IsNarrowerThanSpec(existing[List.Length..^1], spec[List.Length..^1]);
    }

    /// <summary>The imported operation with the same HTTP method: the same name first, else the first unclaimed one.</summary>
    private static string? MatchOperation(YamlMap imported, string name, YamlElement existing, HashSet<string> claimed)
    {
        var method = MethodOf(name, existing);
        if (imported[name] is YamlMap sameName && MethodOf(name, sameName) == method && !claimed.Contains(name))
        {
            return name;
        }

        return imported.Entries.Select(e => e.Key).FirstOrDefault(k => !claimed.Contains(k) && MethodOf(k, imported[k]!) == method);
    }

    /// <summary>GET/POST/DELETE of an operation; <c>get</c> and <c>delete</c> may leave <c>method</c> out.</summary>
    private static string MethodOf(string name, YamlElement body)
    {
        var method = (body as YamlMap)?.TextOf("method")?.ToUpperInvariant();
        return method ?? (name == "delete" ? "DELETE" : name == "get" ? "GET" : "?");
    }

    private YamlMap MergeEnum(YamlMap imported, YamlMap existing, string path)
    {
        var result = new YamlMap();
        var existingValues = new Dictionary<string, YamlMap>(StringComparer.Ordinal);
        var existingWire = new List<string>();
        foreach (var item in (existing["values"] as YamlList)?.Items ?? [])
        {
            var wire = item is YamlMap map ? map.TextOf("value") : (item as YamlText)?.Text;
            if (wire is not null)
            {
                existingWire.Add(wire);
                if (item is YamlMap withKeys)
                {
                    existingValues[wire] = withKeys;
                }
            }
        }

        var values = new YamlList();
        var importedWire = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in (imported["values"] as YamlList)?.Items ?? [])
        {
            var wire = item is YamlMap map ? map.TextOf("value")! : ((YamlText)item).Text;
            importedWire.Add(wire);
            if (!existingValues.TryGetValue(wire, out var handWritten))
            {
                values.Items.Add(item);
                continue;
            }

            var merged = item is YamlMap importedMap ? Copy(importedMap) : new YamlMap().Set("value", item);
            foreach (var entry in handWritten.Entries.Where(e => e.Key != "value"))
            {
                merged.Set(entry.Key, entry.Value);
            }

            values.Items.Add(merged);
        }

        values = InFileOrder(values, existingWire, (existing["values"] as YamlList)?.IsBlock ?? false);
        foreach (var wire in existingWire.Where(w => !importedWire.Contains(w)))
        {
            _report.NotCarried(path + "/values/" + wire + " (not in the spec" + (existingValues.TryGetValue(wire, out var keys) ? HandWrittenKeys(keys) : string.Empty) + ")");
        }

        foreach (var entry in imported.Entries)
        {
            result.Set(entry.Key, entry.Key == "values" ? values : entry.Value);
        }

        foreach (var entry in existing.Entries.Where(e => e.Key != "values"))
        {
            result.Set(entry.Key, entry.Value);
        }

        return InFileOrder(result, existing, imported);
    }

    /// <summary>A node that became a struct (no GET /{id} any more) loses what only nodes have.</summary>
    private YamlMap WithoutNodeKeys(YamlMap body, string path)
    {
        var result = new YamlMap();
        foreach (var entry in body.Entries)
        {
            if (entry.Key is "edges" or "operations" or "root" or "id_prefix")
            {
                _report.NotCarried(path + "/" + entry.Key + " (the type is no longer a node)");
            }
            else
            {
                result.Set(entry.Key, entry.Value);
            }
        }

        return result;
    }

    private static YamlMap Rename(YamlMap map, string from, string to, YamlElement value)
    {
        var result = new YamlMap();
        foreach (var entry in map.Entries)
        {
            if (entry.Key == from)
            {
                result.Set(to, value);
            }
            else if (entry.Key != to)
            {
                result.Set(entry.Key, entry.Value);
            }
        }

        return result;
    }

    private static YamlMap Copy(YamlMap map)
    {
        var copy = new YamlMap();
        foreach (var entry in map.Entries)
        {
            copy.Set(entry.Key, entry.Value);
        }

        return copy;
    }

    /// <summary>"; had description, permission" for the report: what a person loses with the element.</summary>
    private static string HandWrittenKeys(YamlElement element)
    {
        if (element is not YamlMap map)
        {
            return string.Empty;
        }

        var keys = map.Keys.Where(k => !SpecOwnedKeys.Contains(k) && !MemberKeys.Contains(k) && k != "values").ToList();
        return keys.Count == 0 ? string.Empty : "; had " + string.Join(", ", keys);
    }
}
