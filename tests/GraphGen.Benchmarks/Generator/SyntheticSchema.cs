using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GraphGen.Benchmarks.Generator;

/// <summary>
/// A schema of <c>n</c> nodes made in code for the scale benchmark: each node has 50 fields (every scalar type and
/// its two enums), 5 cursor-paged edges to other nodes, and 2 enums of 6 values. Deterministic: same n, same text.
/// </summary>
public static class SyntheticSchema
{
    public const int FieldsPerNode = 50;
    public const int EdgesPerNode = 5;
    public const int EnumsPerNode = 2;

    private static readonly string[] ScalarTypes = { "string", "id", "bool", "int32", "int64", "float", "datetime", "timestamp", "json" };

    /// <summary>Nodes per file: the generator refuses files over 1 MiB, and 100 nodes are about 450 KB.</summary>
    public const int NodesPerFile = 100;

    /// <summary>The schema of <paramref name="nodes"/> nodes, in files of at most <see cref="NodesPerFile"/> nodes.</summary>
    public static IReadOnlyList<MemoryAdditionalText> Create(int nodes)
    {
        var files = new List<MemoryAdditionalText>();
        for (int first = 0; first < nodes; first += NodesPerFile)
        {
            files.Add(CreateFile(nodes, first, Math.Min(first + NodesPerFile, nodes)));
        }

        return files;
    }

    private static MemoryAdditionalText CreateFile(int nodes, int first, int end)
    {
        var yaml = new StringBuilder((end - first) * 4600);
        yaml.Append("api_version: v25.0\nnamespace: GraphGen.Synthetic\nclient: SyntheticApi\n\nnodes:\n");
        for (int n = first; n < end; n++)
        {
            string node = NodeName(n);
            yaml.Append("  ").Append(node).Append(":\n");
            yaml.Append("    description: Synthetic node ").Append(n.ToString(CultureInfo.InvariantCulture)).Append(" of the scale benchmark.\n");
            yaml.Append("    fields:\n");
            for (int f = 0; f < FieldsPerNode; f++)
            {
                string type = f switch
                {
                    0 => "id",
                    1 => node + "Kind",
                    2 => node + "State",
                    _ => ScalarTypes[f % ScalarTypes.Length],
                };
                yaml.Append("      field_").Append(f.ToString("00", CultureInfo.InvariantCulture)).Append(":\n");
                yaml.Append("        type: ").Append(type).Append('\n');
                yaml.Append("        description: Field ").Append(f.ToString(CultureInfo.InvariantCulture)).Append(" of ").Append(node).Append(".\n");
            }

            yaml.Append("    edges:\n");
            for (int e = 0; e < EdgesPerNode; e++)
            {
                yaml.Append("      edge_").Append(e.ToString(CultureInfo.InvariantCulture)).Append(":\n");
                yaml.Append("        target: ").Append(NodeName((n + e + 1) % nodes)).Append('\n');
                yaml.Append("        paging: cursor\n");
            }
        }

        yaml.Append("\nenums:\n");
        for (int n = first; n < end; n++)
        {
            foreach (string suffix in new[] { "Kind", "State" })
            {
                yaml.Append("  ").Append(NodeName(n)).Append(suffix).Append(":\n");
                yaml.Append("    values: [ALPHA, BETA, GAMMA, DELTA, EPSILON, ZETA]\n");
            }
        }

        return new MemoryAdditionalText($"/schema/synthetic-{nodes}-{first / NodesPerFile:000}.graph.yaml", yaml.ToString());
    }

    private static string NodeName(int n) => "Node" + n.ToString("0000", CultureInfo.InvariantCulture);
}
