using System.Collections.Generic;

namespace GraphGen.Tool.Yaml;

/// <summary>
/// What a person wrote around a map entry or list item that is not data: the comment and blank lines above it and
/// the comment at the end of its line. A re-import carries it so that hand-written notes ("type from User.json",
/// "quoted: YAML 1.1 reads YES as a boolean") stay where they were.
/// </summary>
public sealed class YamlTrivia
{
    /// <summary>
    /// Lines above the element, top to bottom, as written (indentation included: a comment that closed the block
    /// above stays at that block's depth), or empty for a blank line.
    /// </summary>
    public List<string> Leading { get; } = new();

    /// <summary>The comment after the element on its (first) line, <c># ...</c>, or null.</summary>
    public string? Trailing { get; set; }

    /// <summary>The 0-based column the trailing comment started at, so aligned comments stay aligned.</summary>
    public int TrailingColumn { get; set; }

    public bool IsEmpty => Leading.Count == 0 && Trailing is null;
}
