using System;

namespace GraphGen.Tool.Import;

/// <summary>A spec file that is not shaped as expected; the message names the file and the JSON path.</summary>
public sealed class SpecFormatException : Exception
{
    public SpecFormatException(string file, string jsonPath, string problem, Exception? inner = null)
        : base(file + ": " + jsonPath + ": " + problem, inner)
    {
        File = file;
        JsonPath = jsonPath;
    }

    public string File { get; }

    public string JsonPath { get; }
}
