using System;
using System.ComponentModel;
using System.Reflection;

namespace GraphGen.Runtime.Tests;

public sealed class HiddenPlumbingTests
{
    [Theory]
    [InlineData(typeof(GraphModelJson))]
    [InlineData(typeof(GraphEnvelope))]
    [InlineData(typeof(GraphJsonNames))]
    [InlineData(typeof(GraphEnumWire<System.DayOfWeek>))]
    [InlineData(typeof(FieldSelectionEntry))]
    public void Types_only_generated_code_calls_are_hidden_from_intellisense(Type plumbing)
    {
        var browsable = plumbing.GetCustomAttribute<EditorBrowsableAttribute>();

        Assert.Equal(EditorBrowsableState.Never, browsable?.State);
    }
}
