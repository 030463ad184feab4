using System.Text.RegularExpressions;
using TrustHubGen.Testing;

namespace TrustHubGen.Package.Tests.Docs;

/// <summary>What the build tells a user to run exists.</summary>
public sealed class BuildMessagesTests
{
    [Fact]
    public void Every_script_the_build_files_name_exists()
    {
        foreach (var file in new[] { "Directory.Build.targets", "Directory.Build.props", ".gitignore", "specs/official.lock" })
        {
            var text = File.ReadAllText(Path.Combine(RepoPaths.Root, file));
            var scripts = Regex.Matches(text, @"(?<path>(eng|specs)/[\w.-]+\.(sh|mjs))").Select(m => m.Groups["path"].Value).Distinct().ToList();
            if (file == "Directory.Build.targets") Assert.Contains("eng/restore-tools.sh", scripts);
            Assert.All(scripts, script => Assert.True(File.Exists(Path.Combine(RepoPaths.Root, script)), $"{file} names {script}, which does not exist."));
        }
    }
}
