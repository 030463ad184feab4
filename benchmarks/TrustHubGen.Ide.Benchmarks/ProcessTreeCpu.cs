using System.Globalization;

namespace TrustHubGen.Ide.Benchmarks;

/// <summary>
/// CPU time (user + system) a process and its descendants have used, read from /proc: what a language server spent
/// on an edit, which other work on a shared machine inflates far less than the wall time. Descendants that have exited
/// count too, through their parents' cutime/cstime (a project reload's build host, for one). Linux only (NaN elsewhere).
/// </summary>
internal static class ProcessTreeCpu
{
    // /proc reports clock ticks; USER_HZ is 100 on every Linux the .NET SDK runs on.
    private const double TicksPerSecond = 100;

    public static double Seconds(int root)
    {
        if (!Directory.Exists("/proc")) return double.NaN;
        var children = new Dictionary<int, List<int>>();
        var ticks = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (Read(pid) is not var (parent, used)) continue;
            ticks[pid] = used;
            (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
        }
        long total = 0;
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            total += ticks.GetValueOrDefault(pid);
            if (children.TryGetValue(pid, out var list)) foreach (var child in list) pending.Push(child);
        }
        return total / TicksPerSecond;
    }

    /// <summary>
    /// Parent pid and utime + stime + cutime + cstime of one process (fields 4 and 14-17 of /proc/pid/stat: its own time
    /// and that of its children it has waited for), or null when it is gone.
    /// </summary>
    private static (int Parent, long Ticks)? Read(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // exited while we looked
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (int.Parse(fields[1], CultureInfo.InvariantCulture),
            long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
            + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture));
    }
}
