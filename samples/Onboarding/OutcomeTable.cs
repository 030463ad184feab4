using TrustHubGen.Runtime.Onboarding;

namespace Onboarding;

/// <summary>The final table: products, numbers and statuses, then refusals and failures with their reasons.</summary>
internal static class OutcomeTable
{
    public static void Print(TextWriter output, OnboardingResult result)
    {
        output.WriteLine();
        output.WriteLine($"{"policy",-12} {"trust product",-36} {"status",-16} {"numbers",7}");
        output.WriteLine(new string('-', 74));
        foreach (var product in result.Products)
        {
            output.WriteLine($"{product.Policy,-12} {product.ProductSid ?? "(not created)",-36} {product.Status ?? "-",-16} {product.NumbersAssigned,7}");
            if (product.NotSubmittedBecause is not null) output.WriteLine($"    not submitted: {product.NotSubmittedBecause}");
            foreach (var finding in product.Findings) output.WriteLine($"    finding: {finding}");
            foreach (var rejection in product.Rejection) output.WriteLine($"    rejected: {rejection}");
            if (product.ReviewTimedOut) output.WriteLine("    still in review when the wait ended; run again to check");
        }
        output.WriteLine();
        foreach (var refused in result.Refused) output.WriteLine($"Refused before any write: {refused}");
        foreach (var failure in result.Failures) output.WriteLine($"Failed: {failure}");
        foreach (var warning in result.Warnings) output.WriteLine($"Note: {warning}");
        output.WriteLine($"{result.TotalCalls} API calls ({result.WriteCalls} writes), {result.Retries} retries. {(result.Succeeded ? "Done." : "Not everything succeeded; see above.")}");
    }
}
