using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using GraphGen.Generator.Model;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Emit;

/// <summary>
/// Spells a parameters class in C#: each parameter's declared type, the statements adding it to a
/// <c>GraphRequest</c> named <c>request</c>, and the checks of <c>Validate()</c> (required, bounds, "one of"), in
/// the order the Graph API documents the rules. The templates call it through <see cref="TemplateRenderer"/>.
/// </summary>
internal static class ParameterCode
{
    /// <summary>The property's type: nullable unless the parameter is <c>required</c>.</summary>
    public static string Declaration(ParameterModel parameter)
        => parameter.Required ? ArgumentType(parameter) : ArgumentType(parameter) + "?";

    /// <summary>The non-nullable type, as a convenience overload takes it.</summary>
    public static string ArgumentType(ParameterModel parameter) => TypeCode.TypeName(parameter.Value);

    /// <summary>The statements of <c>AddTo(request)</c> for one parameter, indented by block.</summary>
    public static IReadOnlyList<string> AddStatements(ParameterModel parameter)
    {
        var statements = new List<string>();
        var wire = Literals.Utf16(parameter.WireName);
        var value = "this." + parameter.PropertyName;
        var type = parameter.Value;
        var nullableValueType = IsValueType(type) && !parameter.Required;
        if (type.Kind == ValueKind.Scalar && type.Scalar is not ScalarKind.Json)
        {
            statements.Add(type.Scalar switch
            {
                ScalarKind.DateTime or ScalarKind.Timestamp => nullableValueType
                    ? $"request.Add({wire}, {value}?.ToUnixTimeSeconds());"
                    : $"request.Add({wire}, (long?){value}.ToUnixTimeSeconds());",
                // A file is added as a multipart part (GraphRequest.Add(string, GraphFile?)).
                ScalarKind.String or ScalarKind.Id or ScalarKind.File => $"request.Add({wire}, {value});",
                _ => nullableValueType ? $"request.Add({wire}, {value});" : $"request.Add({wire}, ({TypeCode.TypeName(type)}?){value});",
            });
            return statements;
        }

        var local = "p" + parameter.PropertyName;
        statements.Add(IsValueType(type) && !nullableValueType ? $"var {local} = {value};" : $"if ({value} is {{ }} {local})");
        statements.Add("{");
        if (type.Kind == ValueKind.Enum)
        {
            statements.Add($"request.Add({wire}, global::{type.Extensions}.ToWireValue({local}));");
        }
        else
        {
            statements.Add($"request.AddJson({wire}, {local}, static (writer, value) =>");
            statements.Add("{");
            WriteValue(type, "value", statements, 0);
            statements.Add("});");
        }

        statements.Add("}");
        return CSharpText.IndentBlocks(statements).ToList();
    }

    /// <summary>The statements of <c>Validate()</c>: per parameter its required and bounds checks, then each "one of" group.</summary>
    public static IReadOnlyList<string> Validation(ParametersModel parameters)
    {
        var checks = new List<string>();
        foreach (var p in parameters.Parameters)
        {
            if (p.Required && !IsValueType(p.Value))
            {
                checks.Add($"if (this.{p.PropertyName} is null) throw new global::System.ArgumentException(\"The parameter '{p.WireName}' is required.\", \"{p.PropertyName}\");");
            }

            if (p.Min is null && p.Max is null)
            {
                continue;
            }

            var conditions = new List<string>();
            // Negated so that NaN, which compares false with everything, is out of bounds too.
            if (p.Min is { } min) conditions.Add("!(v >= " + Number(min) + ")");
            if (p.Max is { } max) conditions.Add("!(v <= " + Number(max) + ")");
            var value = p.Required ? $"(({TypeCode.TypeName(p.Value)}?)this.{p.PropertyName})" : $"this.{p.PropertyName}";
            checks.Add($"if ({value} is {{ }} v && ({string.Join(" || ", conditions)})) throw new global::System.ArgumentOutOfRangeException(\"{p.PropertyName}\", v, \"The parameter '{p.WireName}' must be within [{Bound(p.Min)}, {Bound(p.Max)}].\");");
        }

        foreach (var group in parameters.OneOf)
        {
            var condition = string.Join(" && ", group.PropertyNames.Select(m => $"this.{m} is null"));
            checks.Add($"if ({condition}) throw new global::System.ArgumentException(\"At least one of the parameters '{string.Join("', '", group.WireNames)}' must be set.\");");
        }

        return checks;
    }

    private static bool IsValueType(ValueTypeModel type)
        => (type.Kind == ValueKind.Scalar && type.Scalar is not (ScalarKind.String or ScalarKind.Id or ScalarKind.File)) || type.Kind == ValueKind.Enum;

    // Statements writing the non-null value (an expression of the non-nullable type) as JSON.
    private static void WriteValue(ValueTypeModel type, string value, List<string> output, int depth)
    {
        switch (type.Kind)
        {
            case ValueKind.Scalar:
                output.Add(type.Scalar switch
                {
                    ScalarKind.String or ScalarKind.Id => $"writer.WriteStringValue({value});",
                    ScalarKind.Bool => $"writer.WriteBooleanValue({value});",
                    ScalarKind.Int32 or ScalarKind.Int64 or ScalarKind.Float => $"writer.WriteNumberValue({value});",
                    ScalarKind.DateTime or ScalarKind.Timestamp => $"global::GraphGen.Runtime.GraphJson.WriteDateTime(writer, {value});",
                    _ => $"{value}.WriteTo(writer);",
                });
                break;
            case ValueKind.List:
                var item = "item" + depth.ToString(CultureInfo.InvariantCulture);
                output.Add("writer.WriteStartArray();");
                output.Add($"foreach (var {item} in {value})");
                output.Add("{");
                WriteValue(type.Element!, item, output, depth + 1);
                output.Add("}");
                output.Add("writer.WriteEndArray();");
                break;
            case ValueKind.Map:
                var entry = "entry" + depth.ToString(CultureInfo.InvariantCulture);
                output.Add("writer.WriteStartObject();");
                output.Add($"foreach (var {entry} in {value})");
                output.Add("{");
                output.Add($"writer.WritePropertyName({entry}.Key);");
                WriteValue(type.Element!, entry + ".Value", output, depth + 1);
                output.Add("}");
                output.Add("writer.WriteEndObject();");
                break;
            case ValueKind.Enum:
                output.Add($"writer.WriteStringValue(global::{type.Extensions}.ToWireValue({value}));");
                break;
            default:
                output.Add($"{TypeCode.TypeName(type)}.WriteJson(writer, {value});");
                break;
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Bound(double? value) => value is { } v ? Number(v) : "∞";
}
