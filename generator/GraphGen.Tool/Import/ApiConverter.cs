using System;
using System.Collections.Generic;
using System.Linq;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Import;

/// <summary>
/// The APIs of one node: calls on the node itself (<c>#get</c>, <c>#update</c>, <c>#delete</c>) become
/// <c>operations</c>; calls on <c>/{id}/{endpoint}</c> become an edge, listing what its GET returns, with POST
/// (<c>create</c>) and DELETE (<c>delete</c>) as edge operations. An edge without a usable GET is written
/// <c>readable: false</c> when one of its writes returns an object.
/// </summary>
internal sealed class ApiConverter
{
    private readonly SchemaConverter _schema;
    private readonly SpecType _type;
    private readonly string _owner;
    private readonly YamlMap _body;

    public ApiConverter(SchemaConverter schema, SpecType type, string owner, YamlMap body)
    {
        _schema = schema;
        _type = type;
        _owner = owner;
        _body = body;
    }

    public void Convert()
    {
        var edges = new YamlMap();
        foreach (var group in _type.Apis.Where(a => a.IsEdgeCall).GroupBy(a => a.Endpoint!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var edge = ConvertEdge(group.Key, group.ToList());
            if (edge is not null)
            {
                edges.Set(group.Key, edge);
            }
        }

        var operations = new YamlMap();
        foreach (var api in _type.Apis.Where(a => !a.IsEdgeCall).OrderBy(a => NodeCallOrder(a.Name)))
        {
            // Facebook's codegen names a call on /{id} genGet/genPost/genDelete when the type has no #get/#update/#delete.
            var name = api.Name switch
            {
                "#get" or "genGet" => "get",
                "#update" or "genPost" => "update",
                "#delete" or "genDelete" => "delete",
                _ => null,
            };
            if (name is null || operations.Has(name))
            {
                _schema.Report.Skipped(ImportGap.GeneratedNodeCall, Where(api));
                continue;
            }

            var operation = ConvertOperation(api, _owner + "/operations", returnsSelf: _type.Name);
            if (operation is not null)
            {
                operations.Set(name, operation);
            }
        }

        if (edges.Count > 0)
        {
            _body.Set("edges", edges);
        }

        if (operations.Count > 0)
        {
            _body.Set("operations", operations);
        }
    }

    private YamlMap? ConvertEdge(string endpoint, List<SpecApi> apis)
    {
        var path = SchemaPath.Member(_owner, "edges", endpoint);
        string? target = null;
        var edge = new YamlMap();
        var get = apis.FirstOrDefault(a => a.Method == "GET");
        if (get is not null)
        {
            if (_schema.IsObjectType(get.Return))
            {
                target = get.Return;
                var parameters = _schema.ConvertFields(get.Params, path, "params", isParameter: true);
                edge.Set("target", get.Return);
                if (parameters.Count > 0)
                {
                    edge.Set("params", parameters);
                }
            }
            else
            {
                // No spec file for the item type (or not an object): the items are listed as raw JSON.
                _schema.ValueReturn(get.Return, Where(get));
                target = "json";
                var parameters = _schema.ConvertFields(get.Params, path, "params", isParameter: true);
                edge.Set("target", target);
                if (parameters.Count > 0)
                {
                    edge.Set("params", parameters);
                }
            }
        }

        var operations = new YamlMap();
        foreach (var api in apis.Where(a => a.Method != "GET").OrderBy(a => a.Method, StringComparer.Ordinal))
        {
            var name = api.Method switch
            {
                "POST" => "create",
                "DELETE" => "delete",
                _ => null,
            };
            if (name is null)
            {
                _schema.Report.Skipped(ImportGap.UnsupportedMethod, Where(api));
                continue;
            }

            var operation = ConvertOperation(api, path + "/operations", returnsSelf: null);
            if (operation is not null)
            {
                operations.Set(name, operation);
                target ??= operation.TextOf("returns");
            }
        }

        if (target is null)
        {
            return null;
        }

        if (!edge.Has("target"))
        {
            // Only writes: the edge cannot be listed; its target is what the write returns.
            edge.Set("target", target).Set("readable", YamlText.False);
        }

        if (operations.Count > 0)
        {
            edge.Set("operations", operations);
        }

        return edge;
    }

    /// <summary>An operation, or null (counted) when what it returns is not a node or struct.</summary>
    private YamlMap? ConvertOperation(SpecApi api, string operationsPath, string? returnsSelf)
    {
        var path = operationsPath + "/" + api.Method;
        if (api.Method is not ("GET" or "POST" or "DELETE"))
        {
            _schema.Report.Skipped(ImportGap.UnsupportedMethod, Where(api));
            return null;
        }

        // Not a spec type (mostly `Object`): a value keyword (json, string, int64...) instead of a node or struct.
        var returns = _schema.IsObjectType(api.Return) ? api.Return : _schema.ValueReturn(api.Return, Where(api));
        var operation = new YamlMap().Set("method", api.Method);
        var parameters = _schema.ConvertFields(api.Params, path, "params", isParameter: true);
        if (parameters.Count > 0)
        {
            operation.Set("params", parameters);
        }

        // A node's own GET returns the node: the format's default when `returns` is absent.
        if (!(api.Method == "GET" && returns == returnsSelf))
        {
            operation.Set("returns", returns);
        }

        return operation;
    }

    private string Where(SpecApi api) => _type.File + " " + api.JsonPath + " (" + SchemaConverter.Describe(api) + ")";

    private static int NodeCallOrder(string? name) => name switch
    {
        "#get" => 0,
        "#update" => 1,
        "#delete" => 2,
        _ => 3,
    };
}
