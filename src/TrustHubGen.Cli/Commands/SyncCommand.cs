using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Cli.Hosting;
using TrustHubGen.Cli.Onboarding;
using TrustHubGen.Cli.Output.Json;
using TrustHubGen.Emulator.State.Storage;
using TrustHubGen.Runtime.Snapshots;

namespace TrustHubGen.Cli.Commands;

/// <summary>
/// <c>trusthub sync --output trusthub.snapshot.json</c>: writes the account snapshot (profiles, numbers, trust products;
/// no secrets) that the generator and analyzers read as an AdditionalFiles item (docs/snapshot.md).
/// </summary>
internal static class SyncCommand
{
    private static readonly Option<string> Output = new("--output", "-o") { HelpName = "file", Description = "Where to write the snapshot.", DefaultValueFactory = _ => "trusthub.snapshot.json" };
    private static readonly Option<bool> Emulator = new("--emulator") { Description = "Capture the Trust Hub emulator started in this process (demo seed)." };
    private static readonly Option<string?> TrustHubUrl = new("--trusthub-url") { HelpName = "url", Description = "Send Trust Hub calls here instead of https://trusthub.twilio.com." };
    private static readonly Option<string?> ApiUrl = new("--api-url") { HelpName = "url", Description = "Send API 2010 calls here instead of https://api.twilio.com. Default: --trusthub-url when set." };
    private static readonly Option<bool> Json = new("--json") { Description = "Write one JSON document (the file and its counts) on stdout and nothing else there." };

    public static Command Create(CliConsole console)
    {
        var command = new Command("sync", "Write the account snapshot (Business Profiles, numbers, trust products; no secrets) for the generator and analyzers. Credentials as for onboard.")
        {
            Output, Emulator, TrustHubUrl, ApiUrl, Json,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(console, parse.GetValue(Output)!, parse.GetValue(Emulator), parse.GetValue(TrustHubUrl), parse.GetValue(ApiUrl), parse.GetValue(Json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string output, bool emulator, string? trustHubUrl, string? apiUrl, bool json, CancellationToken cancellationToken)
    {
        string? where = null;
        try
        {
            var errors = new List<string>();
            var trustHub = OnboardInputs.ServiceUrl("--trusthub-url", trustHubUrl, errors);
            var api = OnboardInputs.ServiceUrl("--api-url", apiUrl, errors);
            if (emulator && (trustHubUrl is not null || apiUrl is not null)) errors.Add("--emulator starts its own emulator; drop --trusthub-url/--api-url.");
            var path = OutputPath(output, console.CurrentDirectory, errors);
            var toStandardOutput = path is not null && NamesStandardOutput(Path.GetFullPath(output, console.CurrentDirectory));
            if (toStandardOutput && json) errors.Add($"--output \"{output}\" is standard output, where --json writes its document; give --output a file, or drop --json.");
            if (errors.Count > 0) throw CliException.BadInput(string.Join(Environment.NewLine, errors));

            await using var target = emulator
                ? await ServiceTarget.StartEmulatorAsync([], cancellationToken).ConfigureAwait(false)
                : ServiceTarget.Connect(console.GetEnvironmentVariable, trustHub, api);
            where = target.Description;
            var snapshot = await AccountSnapshotCapture.CaptureAsync(target.Transport, target.AccountSid, cancellationToken).ConfigureAwait(false);
            await WriteAsync(path!, snapshot, cancellationToken).ConfigureAwait(false);
            var summary = $"{snapshot.ProfileCount} Business Profile(s), {snapshot.NumberCount} number(s), {snapshot.TrustProductCount} trust product(s)";
            if (json) console.Out.WriteLine(Document(ExitCodes.Success, path, snapshot, null));
            // A service's description names the account already; the in-process emulator's does not. With the snapshot
            // on standard output, the line goes to stderr: stdout, written in place from its start, holds the snapshot only.
            else (toStandardOutput ? console.Error : console.Out).WriteLine(
                $"Wrote {(toStandardOutput ? output : path)}: {summary}, from {target.Description}{(target.IsInProcessEmulator ? $", account {snapshot.AccountSid}" : "")}.");
            return ExitCodes.Success;
        }
        catch (Exception e) when (Failures.Classify(e, cancellationToken, target: where) is { } failure)
        {
            var message = failure.ExitCode == ExitCodes.Cancelled ? "Cancelled; the snapshot file was not changed." : failure.Message;
            console.Error.WriteLine(message);
            if (json) console.Out.WriteLine(Document(failure.ExitCode, null, null, message));
            return failure.ExitCode;
        }
    }

    /// <summary>
    /// The file to write: <paramref name="output"/> in full, or the file a symbolic link there points to (the link stays);
    /// null with the problem added to <paramref name="errors"/>.
    /// </summary>
    private static string? OutputPath(string output, string currentDirectory, List<string> errors)
    {
        if (output.Length == 0)
        {
            errors.Add("--output is empty; give a file name such as trusthub.snapshot.json.");
            return null;
        }
        var path = Path.GetFullPath(output, currentDirectory);
        path = LinkTargets.FinalTarget(path);
        var directory = Path.GetDirectoryName(path)!;
        if (Directory.Exists(path)) errors.Add($"--output \"{output}\" is a directory; give a file name such as trusthub.snapshot.json.");
        else if (!Directory.Exists(directory)) errors.Add($"--output \"{output}\": the folder {directory} does not exist.");
        return path;
    }

    /// <summary>
    /// Whether <paramref name="path"/>, or a link on the way to its file, is this process's standard output
    /// (<c>/dev/stdout</c>, <c>/dev/fd/1</c>, <c>/proc/self/fd/1</c>), which the command's own messages also write to.
    /// </summary>
    private static bool NamesStandardOutput(string path)
    {
        for (var hops = 0; hops < 40; hops++)
        {
            if (path is "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1" || path == $"/proc/{Environment.ProcessId}/fd/1") return true;
            if (new FileInfo(path).LinkTarget is not { } target) return false;
            path = Path.GetFullPath(target, Path.GetDirectoryName(path)!);
        }

        return false;
    }

    /// <summary>
    /// A reader (the compiler, a concurrent build) never sees half a file: write beside it, then move over it. An empty
    /// file, such as a device or a pipe (<c>/dev/stdout</c>, a FIFO, <c>/dev/null</c>), is written into instead: moving a
    /// file over it would replace the device or pipe itself.
    /// </summary>
    private static async Task WriteAsync(string path, AccountSnapshotDocument snapshot, CancellationToken cancellationToken)
    {
        await using (var special = OpenEmptyFile(path))
        {
            if (special is not null)
            {
                try
                {
                    snapshot.WriteTo(special);
                    await special.FlushAsync(cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (IOException e)
                {
                    throw CliException.BadInput($"--output \"{path}\" cannot be written: {e.Message}");
                }
            }
        }
        var temporary = path + ".tmp-" + Environment.ProcessId;
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                snapshot.WriteTo(stream);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.BadInput($"--output \"{path}\" cannot be written (the snapshot is written beside it, then moved over it): {e.Message}");
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>
    /// The existing file at <paramref name="path"/> opened for writing when it has no length; null otherwise. Devices and
    /// pipes have none (and .NET cannot tell them from regular files), and an empty file holds no snapshot a reader
    /// could see half of, so writing in place costs nothing there. A path still a link here is the kernel's link to an
    /// open pipe or socket (<see cref="LinkTargets.FinalTarget"/>), whose length is the link's own.
    /// </summary>
    private static FileStream? OpenEmptyFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists || (info.LinkTarget is null && info.Length > 0)) return null;
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 64 * 1024);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.BadInput($"--output \"{path}\" cannot be written: {e.Message}");
        }
    }

    private static string Document(int exitCode, string? path, AccountSnapshotDocument? snapshot, string? error) =>
        JsonSerializer.Serialize(new SyncDocument("sync", exitCode, path, snapshot?.AccountSid, snapshot?.ProfileCount, snapshot?.NumberCount,
            snapshot?.TrustProductCount, error), CliJsonContext.Documents.SyncDocument);
}
