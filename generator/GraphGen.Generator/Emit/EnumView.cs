using System.Linq;
using GraphGen.Generator.Model;

namespace GraphGen.Generator.Emit;

/// <summary>An <see cref="EnumModel"/> as the Enum template prints it: the model plus its wire values as literals.</summary>
public sealed class EnumView
{
    internal EnumView(EnumModel model)
    {
        Model = model;
        WireValueLines = Literals.WrappedStrings(model.Members.Select(m => m.WireValue));
    }

    public EnumModel Model { get; }

    /// <summary>The wire values in member order, as literals wrapped into lines: the runtime's conversion table.</summary>
    public string[] WireValueLines { get; }
}
