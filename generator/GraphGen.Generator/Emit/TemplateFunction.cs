using System;
using System.Threading.Tasks;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GraphGen.Generator.Emit;

/// <summary>
/// A one-argument template function (<c>csharp_string</c>, <c>parameter_add</c>...) that calls its C# method
/// directly. Scriban's own typed wrapper (<c>DelegateCustomFunction.CreateFunc</c>) still calls through
/// <see cref="Delegate.DynamicInvoke"/> for one-argument functions.
/// </summary>
internal sealed class TemplateFunction<T, TResult> : IScriptCustomFunction
{
    private readonly Func<T, TResult> _function;

    public TemplateFunction(Func<T, TResult> function) => _function = function;

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(TResult);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(T), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        // Scriban has already converted the argument to T (a string for a string parameter); a null stays null.
        return _function((T)arguments[0]!);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        => new(Invoke(context, callerContext, arguments, blockStatement));
}
