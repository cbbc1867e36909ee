using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GraphGen.Generator.Emit;

/// <summary>
/// The Scriban context one render runs in, kept for the next render on any thread (<see cref="Rent"/>,
/// <see cref="Return"/>): a context costs more to make than a small template costs to render. Included templates
/// come from the parsed-once cache and models are read through <see cref="ModelMemberAccessor"/>.
/// </summary>
internal sealed class RenderContext : TemplateContext
{
    // A few idle contexts for the whole process. Parallel generator runs (several compilations in one compiler
    // server or IDE) each take one; when all are taken a run makes its own and the pool keeps at most this many.
    private static readonly RenderContext?[] Idle = new RenderContext?[4];

    // A context that once rendered a very large file does not keep that buffer alive in the compiler process.
    private const int MaxKeptOutputCapacity = 1 << 20;

    private readonly IReadOnlyDictionary<string, Template> _includes;
    private readonly ScriptObject _globals = new();

    private RenderContext(ScriptObject builtins, IReadOnlyDictionary<string, Template> includes, ITemplateLoader loader)
        : base(builtins)
    {
        _includes = includes;
        MemberRenamer = static member => member.Name;
        TemplateLoader = loader;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = 0;
        RecursiveLimit = 0;

        // Scriban stops a render's output at 1,048,576 characters by default and ends it with "...", silently: a
        // wide type's file is that large. No limit: the schema's own limits bound what is generated.
        LimitToString = 0;
    }

    /// <summary>
    /// An idle context, or a new one, with <paramref name="model"/> bound to <c>model</c>.
    /// <paramref name="includes"/> are the parsed templates by resource path, what <c>include</c> resolves to.
    /// </summary>
    public static RenderContext Rent(
        ScriptObject builtins, IReadOnlyDictionary<string, Template> includes, ITemplateLoader loader, string toolVersion, object model, CancellationToken cancellationToken)
    {
        RenderContext? context = null;
        for (var i = 0; i < Idle.Length && context is null; i++)
        {
            context = Interlocked.Exchange(ref Idle[i], null);
        }

        context ??= new RenderContext(builtins, includes, loader);
        context.CancellationToken = cancellationToken;
        // Assignments in a template (`returns = ...`) land in these globals: a fresh set for every render.
        context._globals.Clear();
        context._globals.SetValue("tool_version", toolVersion, readOnly: true);
        context._globals.SetValue("model", model, readOnly: true);
        context.PushGlobal(context._globals);
        return context;
    }

    /// <summary>
    /// Puts back a context whose render completed. A render that threw may have left scopes pushed: that context is
    /// dropped, never returned.
    /// </summary>
    public static void Return(RenderContext context)
    {
        // Back to the state of a new context: only the builtins as globals, an empty output, no cached accessors
        // (ours are per process anyway) and no model held.
        context.Reset();
        context.ResetPreviousNewLine();
        context._globals.Clear();
        context.CancellationToken = default;
        if (((StringBuilderOutput)context.Output).Builder.Capacity > MaxKeptOutputCapacity)
        {
            return;
        }

        for (var i = 0; i < Idle.Length; i++)
        {
            if (Interlocked.CompareExchange(ref Idle[i], context, null) is null)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Renders <paramref name="template"/> (as <see cref="Template.Render(TemplateContext)"/> does) and returns the
    /// output as Roslyn's text, read from the output buffer without a string copy of a large file.
    /// </summary>
    public SourceText RenderText(Template template)
    {
        // Every template is parsed once, without errors, under its resource name (TemplateRenderer).
        var page = template.Page!;
        PushSourceFile(template.SourceFilePath!);
        try
        {
            var result = Evaluate(page);
            if (EnableOutput && result is not null)
            {
                Write(page.Span, result);
            }
        }
        finally
        {
            PopSourceFile();
        }

        // Generated files always use '\n' so snapshots and hashes do not depend on the OS that built the generator.
        var output = ((StringBuilderOutput)Output).Builder.Replace("\r\n", "\n");
        return SourceText.From(new StringBuilderReader(output), output.Length, Encoding.UTF8);
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
        => target.GetType().Assembly == typeof(RenderContext).Assembly
            ? ModelMemberAccessor.For(target.GetType())
            : base.GetMemberAccessorImpl(target);

    // The argument of a template `func` (declared as object): Scriban would first ask, through reflection, whether
    // object is a primitive type, on every argument of every call; for object it then returns the value unchanged.
    public override object? ToObject(SourceSpan span, object? value, Type destinationType)
        => destinationType == typeof(object) && value is not IScriptConvertibleTo ? value : base.ToObject(span, value, destinationType);

    // `include 'operation'`: the template parsed once per process, not the resource read and parsed again.
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext)
        => _includes.TryGetValue(templatePath, out var template) ? template : base.CreateTemplate(templatePath, callerContext);
}
