using TrustHubGen.Durable;

namespace IsvOnboarding;

/// <summary>One line per customer: the profile's status, then each product's status and numbers (and codes when rejected).</summary>
public static class OutcomeTable
{
    public static void Write(TextWriter output, IReadOnlyList<IsvCustomerStatus?> statuses)
    {
        output.WriteLine($"{"customer",-34}  {"stage",-16}  {"profile",-15}  products");
        foreach (var s in statuses.OfType<IsvCustomerStatus>())
        {
            var products = string.Join("; ", s.Products.Select(p => $"{p.Policy} {p.Status} ({p.NumbersAssigned} numbers){(p.Rejection.Count > 0 ? " " + string.Join(", ", p.Rejection) : "")}"));
            output.WriteLine($"{s.AccountSid,-34}  {s.Stage,-16}  {s.ProfileStatus,-15}  {products}{string.Concat(s.Problems.Select(p => " | " + p))}");
        }
    }
}
