using System;
using System.Collections.Generic;
using System.Linq;
using GraphGen.Generator.Schema;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Import;

/// <summary>
/// Converts a <see cref="SpecCatalog"/> to schema types, as faithfully as the format allows: a spec type with an
/// API is a node (addressable by id), any other one a struct; enums come from <c>enum_types.json</c>.
/// What the format cannot say is left out and counted in the <see cref="ImportReport"/>.
/// </summary>
public sealed class SchemaConverter
{
    private readonly SpecCatalog _catalog;
    private readonly ImportReport _report;
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nodeNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _enumNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inexpressible = new(StringComparer.Ordinal);
    private readonly SpecTypeMapper _types;

    private readonly Func<string, bool> _keep;

    /// <param name="catalog">The spec.</param>
    /// <param name="report">Where gaps and approximations are counted.</param>
    /// <param name="keep">
    /// With <c>--update</c>: the type names to write (those already in the folder). A reference to any other spec type
    /// is written as <c>json</c> (a spec enum as <c>string</c>) with its <c>spec_type</c>, so nothing new is declared.
    /// </param>
    public SchemaConverter(SpecCatalog catalog, ImportReport report, Func<string, bool>? keep = null)
    {
        _catalog = catalog;
        _report = report;
        _keep = keep ?? (_ => true);
        foreach (var type in catalog.Types)
        {
            _typeNames.Add(type.Name);
            // A type with any API call is addressable by id: its calls are on /{id} or /{id}/{edge}. Most have #get;
            // a few have only generated node calls (genGet, genDelete) or edges (AdgroupFacebookFeedback comments).
            if (type.Apis.Count > 0)
            {
                _nodeNames.Add(type.Name);
            }
        }

        foreach (var specEnum in catalog.Enums)
        {
            if (_typeNames.Contains(specEnum.Name))
            {
                _report.Skipped(ImportGap.EnumNamedLikeAType, SpecFolder.EnumFileName + " " + specEnum.JsonPath + " " + specEnum.Name);
            }
            else if (!_enumNames.Add(specEnum.Name))
            {
                _report.Skipped(ImportGap.DuplicateInSpec, SpecFolder.EnumFileName + " " + specEnum.JsonPath + " " + specEnum.Name);
            }
        }

        _types = new SpecTypeMapper(name => _keep(name) && (_typeNames.Contains(name) || _enumNames.Contains(name)), name => _enumNames.Contains(name));
    }

    public ImportedSchema Convert()
    {
        var types = new List<ImportedType>();
        foreach (var type in _catalog.Types.Where(t => _keep(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var section = _nodeNames.Contains(type.Name) ? TypeSection.Node : TypeSection.Struct;
            var owner = SchemaPath.Type(section, type.Name);
            var body = new YamlMap();
            var fields = ConvertFields(type.Fields, owner, "fields", isParameter: false);
            if (fields.Count > 0)
            {
                body.Set("fields", fields);
            }

            if (section == TypeSection.Node)
            {
                new ApiConverter(this, type, owner, body).Convert();
            }

            types.Add(new ImportedType(type.Name, section, body));
        }

        var seenEnums = new HashSet<string>(StringComparer.Ordinal);
        foreach (var specEnum in _catalog.Enums.Where(e => _keep(e.Name) && !_typeNames.Contains(e.Name) && seenEnums.Add(e.Name)).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            types.Add(new ImportedType(specEnum.Name, TypeSection.Enum, ConvertEnum(specEnum)));
        }

        return new ImportedSchema(_catalog.ApiVersion, types, _inexpressible);
    }

    internal bool IsObjectType(string name) => _keep(name) && _typeNames.Contains(name);

    /// <summary>
    /// What an operation's <c>returns</c> says for a spec return type that is not a spec type: a scalar keyword, or
    /// <c>json</c> for <c>Object</c> and for names without a spec file (counted as written another way).
    /// </summary>
    internal string ValueReturn(string specType, string where)
    {
        var mapped = _types.Map(specType);
        switch (mapped.Expression)
        {
            case "string" or "bool" or "int32" or "int64" or "float" or "datetime":
                return mapped.Expression;
            default:
                if (mapped.IsApproximated || mapped.Expression != "json")
                {
                    _report.Approximated("operation results and edge items without a spec file (or not an object), written as `json`", where + " -> " + specType);
                }

                return "json";
        }
    }

    internal ImportReport Report => _report;

    private bool IsSpecName(string name) => _typeNames.Contains(name) || _enumNames.Contains(name);

    /// <summary>Records a spec element the format cannot say, so a re-import keeps a hand-written one there.</summary>
    internal void Inexpressible(string path) => _inexpressible.Add(path);

    /// <summary>Fields of a type or parameters of an API: wire name -> type (or a map with the type and its spec type).</summary>
    internal YamlMap ConvertFields(IReadOnlyList<SpecField> specFields, string owner, string kind, bool isParameter)
    {
        var fields = new YamlMap();
        foreach (var field in specFields)
        {
            var path = SchemaPath.Member(owner, kind, field.Name);
            if (SchemaNames.ToPascalCase(field.Name).Length == 0)
            {
                _report.Skipped(ImportGap.NameWithoutLetters, path);
                continue;
            }

            if (fields.Has(field.Name))
            {
                _report.Skipped(ImportGap.DuplicateInSpec, path);
                continue;
            }

            var mapped = _types.Map(field.Type);
            if (mapped.Expression == "file" && !isParameter)
            {
                // Graph never returns an upload: a field typed file has nothing to read.
                mapped = new MappedType(null, ImportGap.FileParameter, null);
            }

            if (mapped.Gap is { } gap)
            {
                _report.Skipped(gap, path + " (" + field.Type + ")");
                _inexpressible.Add(path);
                continue;
            }

            var type = new YamlText(mapped.Expression!);
            if (mapped.IsApproximated)
            {
                _report.Approximated(
                    IsSpecName(mapped.UnknownTypeName!) ? "types not in the existing files (--update), written as `json` (an enum as `string`) with `spec_type`" : "types without a spec file or enum, written as `json` with `spec_type`",
                    path + " (" + field.Type + ")");
            }

            if (!isParameter || !field.Required)
            {
                fields.Set(field.Name, mapped.IsApproximated ? new YamlMap().Set("type", type).Set("spec_type", field.Type) : type);
                continue;
            }

            var entry = new YamlMap().Set("type", type);
            if (mapped.IsApproximated)
            {
                entry.Set("spec_type", field.Type);
            }

            fields.Set(field.Name, entry.Set("required", YamlText.True));
        }

        return fields;
    }

    private YamlMap ConvertEnum(SpecEnum specEnum)
    {
        var owner = SchemaPath.Type(TypeSection.Enum, specEnum.Name);
        var values = new YamlList();
        var wireValues = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in specEnum.Values)
        {
            if (!wireValues.Add(value))
            {
                _report.Skipped(ImportGap.DuplicateInSpec, owner + "/values/" + value);
                continue;
            }

            // The C# member the generator would build; an explicit `name:` where it has none or it collides.
            var member = SchemaNames.ToPascalCase(value);
            var explicitName = member.Length == 0 ? "Empty" : members.Contains(member) ? member : null;
            if (explicitName is null)
            {
                members.Add(member);
                values.Items.Add(new YamlText(value));
                continue;
            }

            var unique = explicitName;
            for (var n = 2; members.Contains(unique); n++)
            {
                unique = explicitName + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            members.Add(unique);
            values.Items.Add(new YamlMap().Set("value", value).Set("name", unique));
            _report.Approximated("enum values with no usable C# name, given an explicit `name:`", owner + "/values/" + (value.Length == 0 ? "\"\"" : value));
        }

        return new YamlMap().Set("values", values);
    }

    internal static string Describe(SpecApi api) => api.Method + " " + (api.IsEdgeCall ? api.Endpoint : api.Name);
}
