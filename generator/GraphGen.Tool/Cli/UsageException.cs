using System;

namespace GraphGen.Tool;

/// <summary>A command line or input the tool cannot work with; printed as one line, exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
