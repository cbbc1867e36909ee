using System.Collections.Generic;
using System.Linq;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>
/// Which properties a generated model stores in itself and which in a nested object allocated when the first of them
/// is set. Graph sends a node mostly as a reference (<c>{"id": ..., "name": ...}</c>: a hometown, a school, the people
/// in <c>with</c>) or with the fields a selection asked for, and expands an edge only when asked, so a model that holds
/// every field and edge of its node in line is several times larger than what most responses fill in.
/// </summary>
/// <remarks>
/// Rarely sent: every expandable edge, and every field of a node other than <c>id</c>, <c>name</c> and the node's
/// default fields. Structs (no id, read whole) keep their fields in line. Below <see cref="MinimumRarelySent"/> such
/// members the nested object would cost more than it saves, so they stay in line too. The public surface is the same
/// either way: the property, its presence bit and <c>Has</c>.
/// </remarks>
public static class ModelLayout
{
    /// <summary>
    /// Fewest rarely sent members worth a nested object: it costs a reference in the model plus an object header when
    /// allocated, and saves a slot per member when not.
    /// </summary>
    public const int MinimumRarelySent = 4;

    /// <summary>The properties with <see cref="PropertyModel.RarelySent"/> set where the rule above says so.</summary>
    /// <param name="node">The node or struct.</param>
    /// <param name="properties">Its properties: the fields in schema order, then the expandable edges.</param>
    /// <returns>The properties, in the same order.</returns>
    public static IReadOnlyList<PropertyModel> MarkRarelySent(NodeSchema node, IReadOnlyList<PropertyModel> properties)
    {
        var fields = node.Fields.ToDictionary(f => f.WireName, f => f);
        bool IsRare(PropertyModel p) => p.Type.Kind is ValueKind.Page or ValueKind.Data
            || (node.Kind == NodeKind.Node && fields.TryGetValue(p.WireName, out var field) && !field.IsDefault
                && p.WireName is not ("id" or "name"));

        if (properties.Count(IsRare) < MinimumRarelySent)
        {
            return properties;
        }

        return properties.Select(p => IsRare(p) ? p with { RarelySent = true } : p).ToList();
    }
}
