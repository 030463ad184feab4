using System.Diagnostics;
using System.Runtime.InteropServices;

namespace TrustHubGen.Analyzers.Benchmarks;

/// <summary>
/// The CPU time a compilation used, the cost Roslyn's maintainers point to for "how much slower did analyzers make the
/// build" (the per-analyzer report sums callbacks' wall time, which concurrent execution inflates:
/// https://github.com/dotnet/roslyn/pull/2818). In a compiler server it is the server process's own CPU over the
/// build (nothing else runs in it); in a fresh <c>csc</c> it is the whole build's process tree (MSBuild and <c>csc</c>,
/// reaped children's CPU from <c>getrusage(RUSAGE_CHILDREN)</c>), MSBuild's share the same with or without analyzers.
/// </summary>
internal static class CompilerCpu
{
    /// <summary>CPU of the reaped child processes of this process so far (Linux; 0 elsewhere).</summary>
    public static TimeSpan Children()
    {
        if (!OperatingSystem.IsLinux() || getrusage(RusageChildren, out var usage) != 0) return TimeSpan.Zero;
        return TimeSpan.FromTicks((usage.UserSeconds + usage.SystemSeconds) * TimeSpan.TicksPerSecond + (usage.UserMicroseconds + usage.SystemMicroseconds) * 10);
    }

    /// <summary>CPU a process has used so far, or zero when it is not running.</summary>
    public static TimeSpan OfProcess(int? pid)
    {
        if (pid is null) return TimeSpan.Zero;
        try
        {
            using var process = Process.GetProcessById(pid.Value);
            return process.TotalProcessorTime;
        }
        catch (ArgumentException)
        {
            return TimeSpan.Zero;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    private const int RusageChildren = -1;

    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        // ru_maxrss … ru_nivcsw: 14 longs, unread.
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out Rusage usage);
}
