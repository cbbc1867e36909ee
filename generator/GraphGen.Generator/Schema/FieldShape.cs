using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Schema;

/// <summary>Compares fields by what they declare, not where: two inline structs written alike are the same struct.</summary>
internal static class FieldShape
{
    private static readonly LocationInfo Nowhere = new(string.Empty, 0, 0, 0, 0, 0, 0);

    public static bool SameFields(EquatableArray<FieldSchema> left, EquatableArray<FieldSchema> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!Strip(left[i]).Equals(Strip(right[i])))
            {
                return false;
            }
        }

        return true;
    }

    private static FieldSchema Strip(FieldSchema field) => field with { Location = Nowhere, TypeLocation = null };
}
