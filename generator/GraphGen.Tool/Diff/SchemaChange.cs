namespace GraphGen.Tool.Diff;

/// <summary>What changed; the order is the report's order (breaking kinds first within each table).</summary>
public enum ChangeKind
{
    TypeRemoved,
    NodeBecameStruct,
    FieldRemoved,
    FieldTypeChanged,
    EdgeRemoved,
    EdgeTargetChanged,
    EdgeNoLongerReadable,
    OperationRemoved,
    OperationMethodChanged,
    OperationReturnsChanged,
    ParameterRemoved,
    ParameterTypeChanged,
    ParameterBecameRequired,
    RequiredParameterAdded,
    EnumValueRemoved,
    TypeAdded,
    StructBecameNode,
    FieldAdded,
    EdgeAdded,
    EdgeBecameReadable,
    OperationAdded,
    ParameterAdded,
    ParameterBecameOptional,
    EnumValueAdded,
    Deprecated,
}

/// <summary>
/// One difference between two schemas. <see cref="Path"/> names the element the way a user reads it:
/// <c>User.religion</c> (field), <c>User.albums</c> (edge), <c>User.update(name)</c> (parameter),
/// <c>AdAccount_status.CLOSED</c> (enum value).
/// </summary>
public sealed record SchemaChange(ChangeKind Kind, string Path, string Detail)
{
    /// <summary>Breaking: code written against the old schema stops compiling or a call stops working.</summary>
    public bool IsBreaking => Kind < ChangeKind.TypeAdded;
}
