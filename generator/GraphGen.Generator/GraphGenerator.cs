using System;
using System.Collections.Immutable;
using System.Linq;
using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;
using GraphGen.Generator.Emit;
using GraphGen.Generator.Model;
using GraphGen.Generator.Schema;
using GraphGen.Generator.Schema.Model;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator;

/// <summary>
/// The pipeline only: <c>*.graph.yaml</c> files -> per-file schema documents -> combined schema -> per-output models
/// -> source. Every value between steps is an equatable record, so an unrelated C# edit regenerates nothing and a
/// one-node YAML edit regenerates that node's files only.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GraphGenerator : IIncrementalGenerator
{
    /// <summary>The file suffix of schema files among the project's AdditionalFiles.</summary>
    public const string SchemaFileSuffix = ".graph.yaml";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var documents = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(SchemaFileSuffix, StringComparison.OrdinalIgnoreCase))
            .WithTrackingName(TrackingNames.SchemaFiles)
            .Select(static (text, ct) => LoadDocument(text, ct))
            .WithTrackingName(TrackingNames.Documents);

        var schema = documents
            .Collect()
            .Select(static (docs, ct) => docs.IsEmpty ? null : SchemaValidator.Combine(docs.OrderBy(d => d.FilePath, StringComparer.Ordinal), ct))
            .WithTrackingName(TrackingNames.Schema);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // Only the types the GraphGenRoots reach (all without roots), before any name is decided for the others.
        var roots = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptionsReader.ReadRoots(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Roots);
        var reachable = schema
            .Combine(roots)
            .Select(static (pair, ct) => pair.Left is null ? null : RootSelection.Apply(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.Reachable);

        // Every C# name decided at once; clashes are diagnostics in the YAML, never errors in generated code.
        var named = reachable
            .Select(static (s, _) => s is null ? null : NameAuthority.Decide(s))
            .WithTrackingName(TrackingNames.Names);

        context.RegisterSourceOutput(
            named.Select(static (s, _) => s is null ? EquatableArray<DiagnosticInfo>.Empty : s.Schema.Diagnostics.Concat(s.Diagnostics).ToEquatableArray()).WithTrackingName(TrackingNames.SchemaDiagnostics),
            static (spc, diagnostics) => Report(spc, diagnostics));

        var input = named.Combine(options).WithTrackingName(TrackingNames.SchemaWithOptions);

        var types = input
            .Select(static (pair, _) => Build("types", pair, ModelBuilder.BuildTypes))
            .WithTrackingName(TrackingNames.TypeModels);
        RegisterMany(context, types, TrackingNames.TypeModel, static (spc, model) =>
        {
            // One view (the C# each property becomes) for the three outputs of a type.
            var view = new TypeView(model);
            Emit(spc, model.Name + ".Model.g.cs", "Model", view, model.SchemaFile);
            Emit(spc, model.Name + ".Json.g.cs", "Json", view, model.SchemaFile);
            Emit(spc, model.Name + ".Fields.g.cs", "Fields", view, model.SchemaFile);
        });

        var requests = input
            .Select(static (pair, _) => Build("request builders", pair, ModelBuilder.BuildRequests))
            .WithTrackingName(TrackingNames.RequestModels);
        RegisterMany(context, requests, TrackingNames.RequestModel, static (spc, model) => Emit(spc, model.NodeName + ".Requests.g.cs", "Requests", model, model.SchemaFile));

        var metadata = input
            .Select(static (pair, _) => Build("schema metadata", pair, ModelBuilder.BuildMetadata))
            .WithTrackingName(TrackingNames.MetadataModels);
        RegisterMany(context, metadata, TrackingNames.MetadataModel, static (spc, model) => Emit(spc, model.HintName, "Metadata", model, model.SchemaFile));

        var enums = input
            .Select(static (pair, _) => Build("enums", pair, ModelBuilder.BuildEnums))
            .WithTrackingName(TrackingNames.EnumModels);
        RegisterMany(context, enums, TrackingNames.EnumModel, static (spc, model) => Emit(spc, model.Name + ".Enum.g.cs", "Enum", new EnumView(model), model.SchemaFile));

        var errors = input
            .Select(static (pair, _) => Build("error codes", pair, static (s, o) => new[] { ModelBuilder.BuildErrors(s, o) }.ToEquatableArray()))
            .WithTrackingName(TrackingNames.ErrorCatalog);
        RegisterMany(context, errors, TrackingNames.ErrorCatalog + "Output", static (spc, model) => Emit(spc, "GraphErrorCode.g.cs", "ErrorCodes", model, schemaFile: null));

        var client = input
            .Select(static (pair, _) => Build("client", pair, static (s, o) => new[] { ModelBuilder.BuildClient(s, o) }.ToEquatableArray()))
            .WithTrackingName(TrackingNames.Client);
        RegisterMany(context, client, TrackingNames.Client + "Output", static (spc, model) => Emit(spc, model.Name + ".Client.g.cs", "Client", model, schemaFile: null));
    }

    private static SchemaDocument LoadDocument(AdditionalText text, System.Threading.CancellationToken cancellationToken)
    {
        var source = text.GetText(cancellationToken);
        return SchemaLoader.Load(text.Path, source?.ToString() ?? string.Empty, cancellationToken);
    }

    /// <summary>
    /// Builds one kind of model. A schema with any error emits no C# at all: the GG diagnostics are the whole answer,
    /// never drowned in errors from half-built code (documented in docs/diagnostics.md).
    /// </summary>
    private static Guarded<EquatableArray<T>> Build<T>(
        string what, (NamedSchema? Schema, GeneratorOptions Options) input, Func<NamedSchema, GeneratorOptions, EquatableArray<T>> build)
        where T : IEquatable<T>
        => input.Schema is null || input.Schema.HasErrors
            ? new Guarded<EquatableArray<T>>(EquatableArray<T>.Empty, EquatableArray<DiagnosticInfo>.Empty)
            : Guarded<EquatableArray<T>>.Run(what, () => build(input.Schema, input.Options));

    /// <summary>Reports a step's failure and fans its models out to one output each.</summary>
    private static void RegisterMany<T>(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<Guarded<EquatableArray<T>>> models,
        string trackingName,
        Action<SourceProductionContext, T> emit)
        where T : IEquatable<T>
    {
        context.RegisterSourceOutput(
            models.Select(static (g, _) => g.Errors).WithTrackingName(trackingName + "Failures"),
            static (spc, errors) => Report(spc, errors));
        var each = models.SelectMany(static (g, _) => g.Value.AsImmutableArray()).WithTrackingName(trackingName);
        context.RegisterSourceOutput(each, emit);
    }

    /// <summary>Renders one output; a failure becomes GG9999 naming the output and, when known, the YAML file it came from.</summary>
    private static void Emit(SourceProductionContext context, string hintName, string template, object model, string? schemaFile)
    {
        try
        {
            FailureInjection.At(hintName);
            context.AddSource(hintName, TemplateRenderer.Render(template, model, context.CancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var what = schemaFile is null ? hintName : $"{hintName} (from {schemaFile})";
            var location = schemaFile is null ? null : LocationInfo.FileStart(schemaFile);
            context.ReportDiagnostic(UnexpectedFailure.Create(what, ex, location).ToDiagnostic());
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
