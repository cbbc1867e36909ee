using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GraphGen.Analyzers;

/// <summary>
/// GG0029: a property of a generated model is read although the request that produced the model did not select it,
/// so it is always null (Graph returns only the fields named in <c>fields=</c>). Works on one method body at a time;
/// silent whenever the selection or the value's origin is not known with certainty.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnselectedFieldAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(AnalyzerDiagnostics.UnselectedFieldRead);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // The runtime types are looked up once per compilation; per-type facts are cached in GraphApiSymbols.
            if (GraphApiSymbols.TryCreate(start.Compilation) is { } symbols)
            {
                start.RegisterOperationBlockAction(block => AnalyzeBody(block, symbols));
            }
        });
    }

    private static void AnalyzeBody(OperationBlockAnalysisContext context, GraphApiSymbols symbols)
    {
        var facts = MethodBodyFacts.Collect(context.OperationBlocks, symbols);
        if (facts.Reads.Count == 0)
        {
            return;
        }

        var flow = new ModelValueFlow(symbols, facts);
        foreach (var read in facts.Reads)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (Check(read, flow, facts, symbols) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static Diagnostic? Check(IPropertyReferenceOperation read, ModelValueFlow flow, MethodBodyFacts facts, GraphApiSymbols symbols)
    {
        var name = read.Property.Name;
        if (flow.Of(read.Instance) is not { Kind: ModelValueKind.Model, Model: { } model } value
            || !SymbolEqualityComparer.Default.Equals(read.Property.ContainingType, model.Type)
            || !model.Fields.Contains(name)
            || value.Selection.Members.ContainsKey(name)
            || facts.GuardedEntirely.Contains(model.Type)
            || facts.Guarded.Contains((model.Type, name))
            || symbols.Selector(value.Selection.SelectorType) is not { } selector
            || !selector.Members.TryGetValue(name, out var member))
        {
            return null;
        }

        var position = read.Syntax.SpanStart;
        var fieldEnum = read.SemanticModel is { } semanticModel
            ? model.FieldEnum.ToMinimalDisplayString(semanticModel, position)
            : model.FieldEnum.ToDisplayString();
        var hasArgument = fieldEnum + "." + name;
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(AnalyzerDiagnostics.MemberProperty, name)
            .Add(AnalyzerDiagnostics.ExpandProperty, member.IsExpansion ? "true" : "false")
            .Add(AnalyzerDiagnostics.HasArgumentProperty, hasArgument);

        // The code fix appends the member to the selection's expression when it sits in the same file.
        var additional = new List<Location>(1);
        if (value.Selection.AppendTarget is { } target && target.SyntaxTree == read.Syntax.SyntaxTree)
        {
            additional.Add(target.GetLocation());
        }

        return Diagnostic.Create(
            AnalyzerDiagnostics.UnselectedFieldRead,
            NameLocation(read.Syntax),
            additional,
            properties,
            model.Type.Name,
            name,
            hasArgument);
    }

    // The squiggle goes under the property name: me.|Email|, me?.|Email|, { |Email|: ... }.
    private static Location NameLocation(SyntaxNode syntax) => syntax switch
    {
        MemberAccessExpressionSyntax access => access.Name.GetLocation(),
        MemberBindingExpressionSyntax binding => binding.Name.GetLocation(),
        _ => syntax.GetLocation(),
    };
}
