using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace GraphGen.Generator.Emit;

/// <summary>
/// Renders the embedded Scriban templates (<c>Emit/Templates/*.sbncs</c>). Each template is parsed once per
/// process and cached; a render takes a context no other render is using (<see cref="RenderContext"/>), so parallel
/// generator runs are safe.
/// </summary>
public static class TemplateRenderer
{
    private const string ResourcePrefix = "GraphGen.Templates.";

    /// <summary>Printed in <c>[GeneratedCode]</c>; fixed per release so the output is deterministic.</summary>
    public static readonly string ToolVersion = typeof(TemplateRenderer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private static readonly Lazy<IReadOnlyDictionary<string, Template>> Templates = new(LoadTemplates, LazyThreadSafetyMode.ExecutionAndPublication);

    // No builtin function library but `include`: the templates only print (names come from Model, C# from the views).
    // Scriban's builtins would also load System.Text.Json 10, which a .NET 8 SDK compiler host cannot provide
    // (CompilerHostIsolationTests). Made once: renders only read it, so parallel generator runs can share it.
    private static readonly ScriptObject Builtins = CreateBuiltins();

    private static readonly EmbeddedTemplateLoader Loader = new();

    // What `include 'name'` resolves to: the same parsed templates, by the path the loader gives for the name.
    private static readonly Lazy<IReadOnlyDictionary<string, Template>> Includes = new(
        () => Templates.Value.ToDictionary(entry => ResourcePrefix + entry.Key + ".sbncs", entry => entry.Value, StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Renders <paramref name="templateName"/> (without extension) with the model bound to <c>model</c>.</summary>
    public static SourceText Render(string templateName, object model, CancellationToken cancellationToken = default)
    {
        var template = Templates.Value[templateName];
        var context = RenderContext.Rent(Builtins, Includes.Value, Loader, ToolVersion, model, cancellationToken);
        var text = context.RenderText(template);
        RenderContext.Return(context);
        return text;
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = new ScriptObject();
        builtins.SetValue("include", new Scriban.Functions.IncludeFunction(), readOnly: true);
        // The C# of value returns (`returns: json`, scalars, `success`): Model names the kind, Emit spells it.
        Function<string, string>(builtins, "return_value_type", ReturnValueText.TypeOf);
        Function<string, string>(builtins, "return_value_reader", ReturnValueText.ReaderOf);
        // Parameters classes: Model holds kinds, rules and names; ParameterCode spells the C#.
        Function<Model.ParameterModel, string>(builtins, "parameter_declaration", ParameterCode.Declaration);
        Function<Model.ParameterModel, string>(builtins, "parameter_argument_type", ParameterCode.ArgumentType);
        Function<Model.ParameterModel, IReadOnlyList<string>>(builtins, "parameter_add", ParameterCode.AddStatements);
        Function<Model.ParametersModel, IReadOnlyList<string>>(builtins, "parameter_checks", ParameterCode.Validation);
        Function<string, string>(builtins, "csharp_string", Literals.Utf16);
        // XML docs: Model holds descriptions and what a member is; DocComment writes the comment.
        Function<Model.DocModel, IReadOnlyList<string>>(builtins, "doc_lines", DocComment.Lines);
        Function<string, string>(builtins, "xml_escape", CSharpText.XmlEscape);
        return builtins;
    }

    // Called directly (TemplateFunction); Scriban's wrappers would call it through reflection on every use.
    private static void Function<T, TResult>(ScriptObject builtins, string name, Func<T, TResult> function)
        => builtins.SetValue(name, new TemplateFunction<T, TResult>(function), readOnly: true);

    private static IReadOnlyDictionary<string, Template> LoadTemplates()
    {
        var assembly = typeof(TemplateRenderer).Assembly;
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(resource.Substring(ResourcePrefix.Length));
            var template = Template.Parse(ReadResource(resource), resource);
            if (template.HasErrors)
            {
                throw new InvalidOperationException($"Template {resource} has errors: {string.Join("; ", template.Messages)}");
            }

            templates[name] = template;
        }

        return templates;
    }

    internal static string ReadResource(string resource)
    {
        using var stream = typeof(TemplateRenderer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded template {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Resolves <c>include 'name'</c> to another embedded template.</summary>
    private sealed class EmbeddedTemplateLoader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
            => ResourcePrefix + char.ToUpperInvariant(templateName[0]) + templateName.Substring(1) + ".sbncs";

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => ReadResource(templatePath);

        public System.Threading.Tasks.ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath)
            => new((string?)ReadResource(templatePath));
    }
}
