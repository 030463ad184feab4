using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Cli.Output;

/// <summary>The onboard command's human output: the plan, then a table of products, numbers and statuses.</summary>
internal static class OnboardText
{
    public static void WritePlan(IAnsiConsole console, OnboardingPlan plan)
    {
        foreach (var product in plan.Products)
        {
            console.MarkupLineInterpolated($"[bold]{product.Policy}[/]: {(product.ProductSid is null ? "product to create" : $"{product.ProductSid} ({product.Status}), {product.NumbersAlreadyAssigned} number(s) already on it")}");
        }
        if (plan.IsEmpty) console.WriteLine("Plan: nothing left to write.");
        else
        {
            console.WriteLine($"Plan: {plan.Steps.Count} call(s).");
            foreach (var (kind, count) in plan.CountByKind.OrderBy(p => p.Key)) console.WriteLine($"  {count,6} x {kind}");
        }
        WriteRefused(console, plan.Refused);
        foreach (var warning in plan.Warnings) console.MarkupLineInterpolated($"[yellow]warning:[/] {CliWording.ForCommandLine(warning)}");
    }

    /// <summary>Every call of the plan, one a line (<c>--plan</c> prints them all).</summary>
    public static void WritePlanSteps(IAnsiConsole console, OnboardingPlan plan)
    {
        foreach (var step in plan.Steps) console.WriteLine("  " + step);
    }

    public static void WriteResult(IAnsiConsole console, OnboardingResult result)
    {
        var notes = result.Products.Select(Note).ToList();
        // The note column only when a product has one: on an 80-column terminal it would squeeze the numbers' header.
        var withNotes = notes.Any(note => note.Length > 0);
        var rows = result.Products.Select(p => new[] { p.Policy, p.ProductSid ?? "(none)", p.Status ?? "-", p.NumbersAssigned.ToString(CultureInfo.InvariantCulture) }).ToList();
        var table = ProductTable(console, rows, withNotes ? notes : null);
        // Spectre's own measure: its least width keeps every no-wrap cell whole and the note at its longest word.
        if (((IRenderable)table).Measure(RenderOptions.Create(console), console.Profile.Width).Min > console.Profile.Width) WriteProductLines(console, rows, notes);
        else console.Write(table);
        foreach (var product in result.Products)
        {
            foreach (var finding in product.Findings) console.MarkupLineInterpolated($"[red]{product.Policy} finding:[/] {finding}");
        }
        WriteRefused(console, result.Refused);
        foreach (var failure in result.Failures) console.MarkupLineInterpolated($"[red]failed:[/] {failure}");
        foreach (var warning in result.Warnings) console.MarkupLineInterpolated($"[yellow]warning:[/] {CliWording.ForCommandLine(warning)}");
        console.WriteLine($"{result.TotalCalls} call(s), {result.WriteCalls} write(s), {result.Retries} retr{(result.Retries == 1 ? "y" : "ies")}.");
        console.MarkupLine(result.Succeeded ? "[green]Done.[/]" : "[red]Onboarding is not complete[/] (see above); fix what is named and run the same command again.");
    }

    private static readonly string[] Headers = ["Policy", "Product", "Status", "Numbers"];

    /// <summary>The results table: no cell of the first four columns wraps (a SID or status broken over two lines cannot be copied).</summary>
    private static Table ProductTable(IAnsiConsole console, List<string[]> rows, List<string>? notes)
    {
        var table = new Table().Border(console.Profile.Capabilities.Ansi ? TableBorder.Rounded : TableBorder.Ascii)
            .AddColumn(new TableColumn(Headers[0]).NoWrap()).AddColumn(new TableColumn(Headers[1]).NoWrap()).AddColumn(new TableColumn(Headers[2]).NoWrap())
            .AddColumn(new TableColumn(Headers[3]).RightAligned().NoWrap());
        if (notes is not null) table.AddColumn("Note");
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Select(Markup.Escape);
            table.AddRow(notes is null ? [.. cells] : [.. cells, Markup.Escape(notes[i])]);
        }
        return table;
    }

    /// <summary>A terminal too narrow for the table: a line per product, each SID and status whole (words wrap between them).</summary>
    private static void WriteProductLines(IAnsiConsole console, List<string[]> rows, List<string> notes)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            console.MarkupLineInterpolated($"[bold]{row[0]}[/]: {row[1]} {row[2]}, {row[3]} number(s){(notes[i].Length > 0 ? "; " + notes[i] : "")}");
        }
    }

    private static string Note(ProductOutcome product) => product.NotSubmittedBecause
        ?? (product.ReviewTimedOut ? "review wait timed out" : product.Rejection.Count > 0 ? "rejected: " + string.Join("; ", product.Rejection) : "");

    private static void WriteRefused(IAnsiConsole console, System.Collections.Generic.IEnumerable<RefusedNumber> refused)
    {
        foreach (var number in refused) console.MarkupLineInterpolated($"[yellow]refused:[/] {CliWording.ForCommandLine(number.ToString())}");
    }
}
