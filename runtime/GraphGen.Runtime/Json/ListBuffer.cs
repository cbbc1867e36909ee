using System.Runtime.CompilerServices;

namespace GraphGen.Runtime;

/// <summary>The first items of a JSON array being read, on the stack (see <c>GraphJson.ReadArray</c>).</summary>
/// <typeparam name="T">The item type.</typeparam>
[InlineArray(Length)]
internal struct ListBuffer<T>
{
    /// <summary>How many items fit before the reader moves to a pooled array.</summary>
    public const int Length = 16;

    private T _first;
}
