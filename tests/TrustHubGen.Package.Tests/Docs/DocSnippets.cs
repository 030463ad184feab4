using System.Text;
using System.Text.RegularExpressions;

namespace TrustHubGen.Package.Tests.Docs;

/// <summary>One <c>```csharp</c> block of a page, with where it starts and what it is part of.</summary>
/// <param name="File">Path relative to the repository root.</param>
/// <param name="Line">1-based line of the block's first code line.</param>
/// <param name="Example">The complete example the block is or belongs to.</param>
/// <param name="IsFragment">True when marked <c>&lt;!-- fragment of: NAME --&gt;</c>: compiled after NAME's earlier blocks, in its scope.</param>
public sealed record DocBlock(string File, int Line, string Code, string Example, bool IsFragment);

/// <summary>
/// The C# blocks of README.md, docs/*.md and the readme each package shows on NuGet. Every block is a complete program's
/// top-level statements (usings first), optionally named by <c>&lt;!-- example: NAME --&gt;</c> on a line above it, or a
/// fragment of a named one (<c>&lt;!-- fragment of: NAME --&gt;</c>): a user copying a page gets code that compiles.
/// </summary>
public static partial class DocSnippets
{
    /// <summary>The pages whose C# blocks must compile, relative to the repository root.</summary>
    public static IReadOnlyList<string> Pages(string root) =>
        new[] { "README.md" }
            .Concat(PackageReadmes(root))
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(p => Relative(root, p)).Order(StringComparer.Ordinal))
            .ToList();

    /// <summary>
    /// The README.md beside each project that packs one as its NuGet readme (<c>PackageReadmeFile</c>): what a user reads
    /// on the package's page before anything else. The root README (the main package's) is already first in the list.
    /// </summary>
    public static IEnumerable<string> PackageReadmes(string root) =>
        Directory.GetFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(project => File.ReadAllText(project).Contains("<PackageReadmeFile>", StringComparison.Ordinal))
            .Select(project => Path.Combine(Path.GetDirectoryName(project)!, "README.md"))
            .Where(File.Exists)
            .Select(readme => Relative(root, readme))
            .Order(StringComparer.Ordinal);

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    public static IReadOnlyList<DocBlock> Read(string root)
    {
        var blocks = new List<DocBlock>();
        foreach (var page in Pages(root)) blocks.AddRange(ReadPage(page, File.ReadAllLines(Path.Combine(root, page))));
        return blocks;
    }

    public static IReadOnlyList<DocBlock> ReadPage(string file, IReadOnlyList<string> lines)
    {
        var blocks = new List<DocBlock>();
        string? marker = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (Marker().IsMatch(line)) { marker = line; continue; }
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var language = line[3..].Trim();
                var start = i + 1;
                var end = start;
                while (end < lines.Count && !lines[end].Trim().StartsWith("```", StringComparison.Ordinal)) end++;
                if (end == lines.Count) throw new InvalidDataException($"{file}:{i + 1}: a ``` block is never closed.");
                if (language is "csharp" or "cs" or "c#")
                {
                    var match = marker is null ? null : Marker().Match(marker);
                    var name = match?.Groups["name"].Value ?? $"{file}:{start + 1}";
                    blocks.Add(new DocBlock(file, start + 1, string.Join('\n', lines.Skip(start).Take(end - start)), name,
                        match?.Groups["kind"].Value == "fragment of"));
                }
                marker = null;
                i = end;
                continue;
            }
            if (line.Length > 0) marker = null;
        }
        return blocks;
    }

    /// <summary>
    /// One compilation unit with every example as a method (<c>Example_N(string[] args)</c>), its lines mapped back to the
    /// page with <c>#line</c>, so a compiler error names README.md or docs/*.md and the line; usings are hoisted.
    /// </summary>
    public static string ToSource(IReadOnlyList<DocBlock> blocks, string root)
    {
        var usings = new SortedSet<string>(StringComparer.Ordinal);
        var examples = new List<(string Name, List<DocBlock> Blocks)>();
        foreach (var block in blocks)
        {
            var existing = examples.FirstOrDefault(e => e.Name == block.Example);
            if (block.IsFragment)
            {
                if (existing.Blocks is null) throw new InvalidDataException($"{block.File}:{block.Line}: a fragment of \"{block.Example}\", which no earlier block names.");
                existing.Blocks.Add(block);
            }
            else if (existing.Blocks is not null) throw new InvalidDataException($"{block.File}:{block.Line}: a second complete example named \"{block.Example}\".");
            else examples.Add((block.Example, [block]));
        }

        var body = new StringBuilder();
        var types = new StringBuilder();
        body.AppendLine("internal static class DocExamples").AppendLine("{");
        body.AppendLine("    public static readonly string[] Names = [" + string.Join(", ", examples.Select(e => Quote(e.Name))) + "];");
        body.AppendLine("    public static System.Threading.Tasks.Task RunAsync(string name, string[] args) => name switch").AppendLine("    {");
        for (var i = 0; i < examples.Count; i++) body.AppendLine($"        {Quote(examples[i].Name)} => Example{i}(args),");
        body.AppendLine("        _ => throw new System.ArgumentException(\"No example \" + name),").AppendLine("    };");
        for (var i = 0; i < examples.Count; i++)
        {
            body.AppendLine($"    private static async System.Threading.Tasks.Task Example{i}(string[] args)").AppendLine("    {");
            body.AppendLine("        await System.Threading.Tasks.Task.CompletedTask;");
            foreach (var block in examples[i].Blocks)
            {
                var lines = block.Code.Split('\n');
                for (var n = 0; n < lines.Length; n++)
                {
                    if (UsingDirective().IsMatch(lines[n])) { usings.Add(lines[n].Split("//")[0].Trim()); lines[n] = ""; }
                }
                // As in a top-level program, type declarations may follow the statements: they go beside the class.
                var firstType = Array.FindIndex(lines, l => TypeDeclaration().IsMatch(l));
                if (firstType < 0) firstType = lines.Length;
                while (firstType > 0 && firstType < lines.Length && (lines[firstType - 1].StartsWith("///", StringComparison.Ordinal) || lines[firstType - 1].StartsWith('['))) firstType--;
                var path = Path.Combine(root, block.File);
                body.AppendLine($"#line {block.Line} \"{path}\"");
                foreach (var line in lines.Take(firstType)) body.AppendLine(line);
                body.AppendLine("#line default");
                if (firstType < lines.Length)
                {
                    types.AppendLine($"#line {block.Line + firstType} \"{path}\"");
                    foreach (var line in lines.Skip(firstType)) types.AppendLine(line);
                    types.AppendLine("#line default");
                }
            }
            body.AppendLine("    }");
        }
        body.AppendLine("}");
        return string.Join('\n', usings) + "\n\n" + body + "\n" + types;
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    [GeneratedRegex(@"^((public|internal|sealed|static|abstract|partial|file|readonly)\s+)*(class|record|struct|interface|enum)\s")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"^<!--\s*(?<kind>example|fragment of):\s*(?<name>[^>]+?)\s*-->$")]
    private static partial Regex Marker();

    // using X; / using X = Y; / using static X; but not using var / using (…).
    [GeneratedRegex(@"^\s*using\s+(static\s+)?[A-Za-z_][\w.]*(\s*=\s*[\w.<>,\s]+)?;\s*(//.*)?$")]
    private static partial Regex UsingDirective();
}
