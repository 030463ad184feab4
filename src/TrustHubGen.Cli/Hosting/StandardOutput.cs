using System;
using System.IO;
using System.Text;

namespace TrustHubGen.Cli.Hosting;

/// <summary>
/// Standard output that fails once, as a <see cref="CliException"/> (exit 3) naming the cause, when it cannot be written
/// (<c>&gt; /dev/full</c>, a closed descriptor), and then takes no more: the command's failure path, which writes the
/// <c>--json</c> document, must not fail again. Human output's first line goes out before any call, so such a run writes
/// nothing; the <c>--json</c> document comes after the run, which the same command then finds done.
/// </summary>
internal sealed class StandardOutput(TextWriter inner) : TextWriter
{
    private bool _failed;

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // the base allows null (the default newline); so does the writer it passes to
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void WriteLine() => Guard(inner.WriteLine);

    public override void Flush() => Guard(inner.Flush);

    private void Guard(Action write)
    {
        if (_failed) return;
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _failed = true;
            var cause = e.InnerException is IOException io ? io.Message : e.Message;
            throw CliException.Configuration($"Cannot write to standard output: {cause}.");
        }
    }
}
