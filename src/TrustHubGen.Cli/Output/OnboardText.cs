using System.Linq;
using Spectre.Console;
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
        var table = new Table().Border(console.Profile.Capabilities.Ansi ? TableBorder.Rounded : TableBorder.Ascii)
            .AddColumn(new TableColumn("Policy").NoWrap()).AddColumn(new TableColumn("Product").NoWrap()).AddColumn(new TableColumn("Status").NoWrap())
            .AddColumn(new TableColumn("Numbers").RightAligned().NoWrap());
        if (withNotes) table.AddColumn("Note");
        for (var i = 0; i < result.Products.Count; i++)
        {
            var product = result.Products[i];
            string[] cells = [Markup.Escape(product.Policy), Markup.Escape(product.ProductSid ?? "(none)"), Markup.Escape(product.Status ?? "-"),
                product.NumbersAssigned.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            table.AddRow(withNotes ? [.. cells, Markup.Escape(notes[i])] : cells);
        }
        console.Write(table);
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

    private static string Note(ProductOutcome product) => product.NotSubmittedBecause
        ?? (product.ReviewTimedOut ? "review wait timed out" : product.Rejection.Count > 0 ? "rejected: " + string.Join("; ", product.Rejection) : "");

    private static void WriteRefused(IAnsiConsole console, System.Collections.Generic.IEnumerable<RefusedNumber> refused)
    {
        foreach (var number in refused) console.MarkupLineInterpolated($"[yellow]refused:[/] {CliWording.ForCommandLine(number.ToString())}");
    }
}
