using GraphGen.Generator.Common;

namespace GraphGen.Generator.Model;

/// <summary>
/// What a generated member's XML doc says, as data: the schema's description and notes, and what the member is for
/// the sentence used when there is no description. Emit writes the comment (<c>Emit/DocComment.cs</c>).
/// </summary>
public sealed record DocModel(
    // The description's lines as the schema wrote them (trimmed, blank lines dropped, not escaped); empty: none.
    EquatableArray<string> DescriptionLines,
    DocSubject Subject,
    // The schema name the fallback sentence quotes (a wire name, a type or operation name).
    string SubjectName,
    // What else the fallback sentence names: the HTTP method of an operation, the root accessor of a collection.
    string? SubjectDetail,
    DocNotes? Notes);

/// <summary>The remarks of a field or parameter: permission, default field set, bounds, Graph's own type name.</summary>
public sealed record DocNotes(string? Permission, bool IsDefaultField, double? Min, double? Max, string? SpecType);

/// <summary>What a documented member is: it picks the sentence written when the schema has no description.</summary>
public enum DocSubject
{
    /// <summary>A model property for a field.</summary>
    Field,

    /// <summary>A model property for an edge expanded in the field selection.</summary>
    ExpandedEdge,

    /// <summary>An edge request builder.</summary>
    Edge,

    /// <summary>A node model or request builder.</summary>
    Node,

    /// <summary>A struct (an object without an id).</summary>
    Object,

    /// <summary>A generated enum type.</summary>
    EnumType,

    /// <summary>One member of a generated enum.</summary>
    EnumValue,

    /// <summary>A parameter of an operation or an edge query.</summary>
    Parameter,

    /// <summary>The query parameters class of an edge.</summary>
    EdgeQuery,

    /// <summary>The parameters class of an operation (<see cref="DocModel.SubjectDetail"/>: its HTTP method).</summary>
    OperationParameters,

    /// <summary>An operation method (<see cref="DocModel.SubjectDetail"/>: its HTTP method).</summary>
    Operation,

    /// <summary>A root accessor of the client (<see cref="DocModel.SubjectDetail"/>: the accessor's name).</summary>
    RootCollection,
}
