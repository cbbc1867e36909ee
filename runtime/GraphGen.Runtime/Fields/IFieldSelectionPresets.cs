namespace GraphGen.Runtime;

/// <summary>
/// The preset selections of a generated selector, implemented explicitly so that the names stay out of the member
/// namespace where field names live. Only generated code implements it.
/// </summary>
public interface IFieldSelectionPresets
{
    /// <summary>The wire names of the fields the Graph API returns by default, in schema order.</summary>
    static abstract string[] DefaultFieldNames { get; }

    /// <summary>The wire names of every field that is not deprecated, in schema order.</summary>
    static abstract string[] AllFieldNames { get; }
}
