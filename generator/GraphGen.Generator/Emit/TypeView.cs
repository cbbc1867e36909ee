using System.Linq;
using GraphGen.Generator.Model;

namespace GraphGen.Generator.Emit;

/// <summary>
/// A <see cref="TypeModel"/> as the Model, Json and Fields templates print it: the model's names plus the C# each
/// property becomes (<see cref="TypeCode"/>). Built once per type at render time, never cached in the pipeline.
/// </summary>
public sealed class TypeView
{
    internal TypeView(TypeModel model)
    {
        Model = model;
        RarelySentField = NameAuthority.BackingField(model.RarelySentName);
        Properties = model.Properties.Select(p => new PropertyView(p, RarelySentField)).ToArray();
        InlineProperties = Properties.Where(p => !p.Model.RarelySent).ToArray();
        RarelySentProperties = Properties.Where(p => p.Model.RarelySent).ToArray();
        Selectors = model.Selectors.Select(s => new SelectorView(s)).ToArray();
        JsonNameLines = Literals.WrappedStrings(model.Properties.Select(p => p.WireName));
        DefaultFieldLines = Literals.WrappedStrings(model.DefaultWireNames);
        AllFieldLines = Literals.WrappedStrings(model.AllWireNames);
    }

    public TypeModel Model { get; }

    public string JsonNamesField => NameAuthority.JsonNamesField;

    public PropertyView[] Properties { get; }

    /// <summary>The properties whose backing field is in the model itself.</summary>
    public PropertyView[] InlineProperties { get; }

    /// <summary>The properties whose backing field is in the nested class <see cref="TypeModel.RarelySentName"/>.</summary>
    public PropertyView[] RarelySentProperties { get; }

    public bool HasRarelySent => RarelySentProperties.Length > 0;

    /// <summary>The model's field holding the nested object (null until the first rarely sent member is set).</summary>
    public string RarelySentField { get; }

    public SelectorView[] Selectors { get; }

    /// <summary>The wire names in property order, as literals wrapped into lines: the JSON name table.</summary>
    public string[] JsonNameLines { get; }

    public string[] DefaultFieldLines { get; }

    public string[] AllFieldLines { get; }
}

/// <summary>One property as the templates print it.</summary>
public sealed class PropertyView
{
    internal PropertyView(PropertyModel property, string rarelySentField)
    {
        Model = property;
        TypeDeclaration = TypeCode.TypeName(property.Type) + "?";
        PresenceMask = Literals.PresenceMask(property.Index);
        // An untyped value is kept as its text and parsed when the property is first read (GraphRawJson).
        var keptAsText = TypeCode.IsKeptAsText(property.Type);
        FieldType = keptAsText ? TypeCode.RawJson + "?" : TypeDeclaration;
        SetValue = keptAsText ? TypeCode.RawJson + ".From(value)" : "value";
        Read = keptAsText ? TypeCode.RawJson + ".Read(ref reader)" : TypeCode.Read(property.Type);
        // A rarely sent member lives in the nested object, made by the first set; a present one implies it exists.
        var field = rarelySentField;
        Get = (property.RarelySent ? $"{field}?.{property.BackingField}" : property.BackingField) + (keptAsText ? "?.Element" : "");
        SetTarget = property.RarelySent ? $"({field} ??= new()).{property.BackingField}" : property.BackingField;
        ReadTarget = property.RarelySent ? $"(value.{field} ??= new()).{property.BackingField}" : "value." + property.BackingField;
        Write = TypeCode.WriteProperty(property.Type, property.WireName,
            property.RarelySent ? $"value.{field}!.{property.BackingField}" : "value." + property.BackingField);
        ObsoleteLiteral = property.ObsoleteMessage is { } message ? Literals.Utf16(message) : null;
    }

    /// <summary>The <c>[Obsolete]</c> message as a literal, or null.</summary>
    public string? ObsoleteLiteral { get; }

    public PropertyModel Model { get; }

    /// <summary>The property's type.</summary>
    public string TypeDeclaration { get; }

    /// <summary>The backing field's type: the property's, or <c>GraphRawJson?</c> for an untyped value.</summary>
    public string FieldType { get; }

    /// <summary>What a setter stores, made from its <c>value</c>.</summary>
    public string SetValue { get; }

    public string PresenceMask { get; }

    /// <summary>The property's value, inside the model.</summary>
    public string Get { get; }

    /// <summary>The place a setter assigns, inside the model.</summary>
    public string SetTarget { get; }

    /// <summary>The place <c>ReadJson</c> assigns on the model named <c>value</c>.</summary>
    public string ReadTarget { get; }

    /// <summary>The expression reading the value the reader is on.</summary>
    public string Read { get; }

    /// <summary>The statement writing the property of a model named <c>value</c>.</summary>
    public string Write { get; }
}

/// <summary>One selector member as the Fields template prints it.</summary>
public sealed class SelectorView
{
    internal SelectorView(SelectorModel selector)
    {
        Model = selector;
        WireLiteral = Literals.Utf16(selector.WireName);
        ObsoleteLiteral = selector.ObsoleteMessage is { } message ? Literals.Utf16(message) : null;
        NestedFieldsType = selector.NestedFieldsType is { } type ? "global::" + type : null;
    }

    /// <summary>The <c>[Obsolete]</c> message as a literal, or null.</summary>
    public string? ObsoleteLiteral { get; }

    /// <summary>The nested selector type, <c>global::</c>-qualified, or null.</summary>
    public string? NestedFieldsType { get; }

    public SelectorModel Model { get; }

    public string WireLiteral { get; }
}
