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
            merged.Add(type with { Body = type.Section == TypeSection.Enum ? MergeEnum(type.Body, existingBody, path) : (YamlMap)MergeElement(type.Body, existingBody, path) });
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

    /// <summary>Merges a type, field, edge or operation body: spec-owned keys from the import, the rest from the file.</summary>
    private YamlElement MergeElement(YamlElement imported, YamlElement existing, string path)
    {
        if (existing is not YamlMap existingMap)
        {
            // A bare `field: type` carries nothing a person wrote beyond the type, which the spec owns.
            return imported;
        }

        var result = imported is YamlMap importedMap ? Copy(importedMap) : new YamlMap().Set("type", imported);
        foreach (var entry in existingMap.Entries)
        {
            if (MemberKeys.Contains(entry.Key))
            {
                var members = MergeMembers(result[entry.Key] as YamlMap, entry.Value as YamlMap, path + "/" + entry.Key, entry.Key == "operations");
                if (members.Count > 0)
                {
                    result.Set(entry.Key, members);
                }
            }
            else if (!SpecOwnedKeys.Contains(entry.Key) || IsNarrowerThanRawJson(entry.Key, entry.Value, result))
            {
                result.Set(entry.Key, entry.Value);
            }
        }

        // `name: type` again when nothing but the type is left.
        return result.Count == 1 && result["type"] is YamlText type ? type : result;
    }

    private YamlMap MergeMembers(YamlMap? imported, YamlMap? existing, string path, bool byMethod)
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
            var merged = MergeElement(result[match]!, entry.Value, memberPath);
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

        return result;
    }

    /// <summary>The imported operation with the same HTTP method: the same name first, else the first unclaimed one.</summary>
    /// <summary>
    /// A <c>returns</c> or <c>target</c> a person narrowed from the spec's vague <c>Object</c> (written <c>json</c>)
    /// to a struct, e.g. <c>returns: SuccessResult</c> for a DELETE that answers <c>{"success": true}</c>: kept.
    /// </summary>
    private static bool IsNarrowerThanRawJson(string key, YamlElement existing, YamlMap imported)
        => key is "returns" or "target" && imported.TextOf(key) == "json" && existing is YamlText { Text: not "json" };

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

        return result;
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
