using System;
using GraphGen.Runtime;
using Microsoft.Extensions.Options;

namespace GraphGen.Extensions.DependencyInjection;

/// <summary>
/// Validates options with the same rules as <see cref="GraphClient"/>'s constructor, so a bad configuration fails at
/// start-up (<c>ValidateOnStart</c>) rather than at the first call. The messages name the option, never its secret.
/// </summary>
internal sealed class GraphClientOptionsValidator : IValidateOptions<GraphClientOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphClientOptions options)
    {
        try
        {
            options.Validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            // ArgumentException appends " (Parameter 'options')"; the option's own words are enough here.
            string message = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);
            return ValidateOptionsResult.Fail($"{GraphApiRegistration.Describe(name ?? string.Empty)}: {message}");
        }
    }
}
