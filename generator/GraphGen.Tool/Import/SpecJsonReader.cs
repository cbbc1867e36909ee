using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace GraphGen.Tool.Import;

/// <summary>
/// Parses the spec files of a <see cref="SpecFolder"/>. A file that is not shaped as Facebook's codegen writes them
/// stops the import with a <see cref="SpecFormatException"/> naming the file and the JSON path
/// (<c>User.json: $.apis[3].params[0].type: expected a string, found Number</c>).
/// </summary>
public static class SpecJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static SpecCatalog Read(SpecFolder folder, Action<int, int>? progress = null)
    {
        var types = new List<SpecType>(folder.NodeFiles.Count);
        for (var i = 0; i < folder.NodeFiles.Count; i++)
        {
            var file = folder.NodeFiles[i];
            types.Add(ReadType(file.Key, file.Value));
            progress?.Invoke(i + 1, folder.NodeFiles.Count);
        }

        var enums = folder.EnumFile is null ? new List<SpecEnum>() : ReadEnums(SpecFolder.EnumFileName, folder.EnumFile);
        return new SpecCatalog(folder.ApiVersion, types, enums);
    }

    public static SpecType ReadType(string file, byte[] json)
    {
        using var document = Parse(file, json);
        var root = document.RootElement;
        Expect(file, "$", root, JsonValueKind.Object);
        var fields = new List<SpecField>();
        if (root.TryGetProperty("fields", out var fieldArray))
        {
            Expect(file, "$.fields", fieldArray, JsonValueKind.Array);
            var i = 0;
            foreach (var field in fieldArray.EnumerateArray())
            {
                fields.Add(ReadField(file, "$.fields[" + Index(i++) + "]", field));
            }
        }

        var apis = new List<SpecApi>();
        if (root.TryGetProperty("apis", out var apiArray))
        {
            Expect(file, "$.apis", apiArray, JsonValueKind.Array);
            var i = 0;
            foreach (var api in apiArray.EnumerateArray())
            {
                apis.Add(ReadApi(file, "$.apis[" + Index(i++) + "]", api));
            }
        }

        var name = file.EndsWith(".json", StringComparison.Ordinal) ? file.Substring(0, file.Length - 5) : file;
        return new SpecType(name, file, fields, apis);
    }

    private static SpecApi ReadApi(string file, string path, JsonElement api)
    {
        Expect(file, path, api, JsonValueKind.Object);
        var parameters = new List<SpecField>();
        if (api.TryGetProperty("params", out var paramArray) && paramArray.ValueKind != JsonValueKind.Null)
        {
            Expect(file, path + ".params", paramArray, JsonValueKind.Array);
            var i = 0;
            foreach (var parameter in paramArray.EnumerateArray())
            {
                parameters.Add(ReadField(file, path + ".params[" + Index(i++) + "]", parameter));
            }
        }

        var endpoint = OptionalString(file, path, api, "endpoint");
        var name = OptionalString(file, path, api, "name");
        if (string.IsNullOrEmpty(endpoint) && string.IsNullOrEmpty(name))
        {
            throw new SpecFormatException(file, path, "an api needs an 'endpoint' or a 'name'");
        }

        return new SpecApi(
            RequiredString(file, path, api, "method").ToUpperInvariant(),
            endpoint,
            name,
            OptionalString(file, path, api, "return") ?? "Object",
            parameters,
            path);
    }

    private static SpecField ReadField(string file, string path, JsonElement field)
    {
        Expect(file, path, field, JsonValueKind.Object);
        var required = field.TryGetProperty("required", out var flag) && flag.ValueKind == JsonValueKind.True;
        return new SpecField(RequiredString(file, path, field, "name"), RequiredString(file, path, field, "type"), required, path);
    }

    public static List<SpecEnum> ReadEnums(string file, byte[] json)
    {
        using var document = Parse(file, json);
        Expect(file, "$", document.RootElement, JsonValueKind.Array);
        var enums = new List<SpecEnum>();
        var i = 0;
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var path = "$[" + Index(i++) + "]";
            Expect(file, path, entry, JsonValueKind.Object);
            var values = new List<string>();
            if (!entry.TryGetProperty("values", out var valueArray))
            {
                throw new SpecFormatException(file, path, "'values' is missing");
            }

            Expect(file, path + ".values", valueArray, JsonValueKind.Array);
            var j = 0;
            foreach (var value in valueArray.EnumerateArray())
            {
                // Values are strings in every published version; a number would still be a wire value.
                values.Add(value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString()!,
                    JsonValueKind.Number => value.GetRawText(),
                    _ => throw new SpecFormatException(file, path + ".values[" + Index(j) + "]", "expected a string, found " + value.ValueKind),
                });
                j++;
            }

            enums.Add(new SpecEnum(
                RequiredString(file, path, entry, "name"),
                OptionalString(file, path, entry, "node"),
                OptionalString(file, path, entry, "field_or_param"),
                values,
                path));
        }

        return enums;
    }

    private static JsonDocument Parse(string file, byte[] json)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? "line " + (line + 1).ToString(CultureInfo.InvariantCulture) : "$";
            throw new SpecFormatException(file, where, "not valid JSON: " + ex.Message, ex);
        }
    }

    private static string RequiredString(string file, string path, JsonElement owner, string key)
        => OptionalString(file, path, owner, key) ?? throw new SpecFormatException(file, path, "'" + key + "' is missing");

    private static string? OptionalString(string file, string path, JsonElement owner, string key)
    {
        if (!owner.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        Expect(file, path + "." + key, value, JsonValueKind.String);
        return value.GetString();
    }

    private static void Expect(string file, string path, JsonElement value, JsonValueKind kind)
    {
        if (value.ValueKind != kind)
        {
            throw new SpecFormatException(file, path, "expected " + Describe(kind) + ", found " + Describe(value.ValueKind));
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
