using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GraphGen.Analyzers.CodeFixes;

/// <summary>
/// GG0029 fix: adds the field that is read to the selection that missed it: <c>f =&gt; f.Id.Name</c> becomes
/// <c>f =&gt; f.Id.Name.Email</c>, an edge or object field is added expanded (<c>.Address()</c>). Offered when the
/// analyzer located the selection's expression in the same file.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddFieldToSelectionCodeFix)), Shared]
public sealed class AddFieldToSelectionCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(AnalyzerDiagnostics.UnselectedFieldRead.Id);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || !diagnostic.Properties.TryGetValue(AnalyzerDiagnostics.MemberProperty, out var member)
                || member is null)
            {
                continue;
            }

            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax target)
            {
                continue;
            }

            var expand = diagnostic.Properties.TryGetValue(AnalyzerDiagnostics.ExpandProperty, out var flag) && flag == "true";
            var title = "Add '" + member + "' to the field selection";
            context.RegisterCodeFix(
                CodeAction.Create(title, token => AppendAsync(context.Document, root, target, member, expand, token), title),
                diagnostic);
        }
    }

    private static Task<Document> AppendAsync(Document document, SyntaxNode root, ExpressionSyntax target, string member, bool expand, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ExpressionSyntax appended = SyntaxFactory.MemberAccessExpression(
            SyntaxKind.SimpleMemberAccessExpression,
            target.WithoutTrailingTrivia(),
            SyntaxFactory.IdentifierName(member));
        if (expand)
        {
            appended = SyntaxFactory.InvocationExpression(appended);
        }

        appended = appended.WithTrailingTrivia(target.GetTrailingTrivia());
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(target, appended)));
    }
}
