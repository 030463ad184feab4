using System;
using System.ComponentModel;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// The stage after a pipeline has everything its policies require (profile, numbers, end users). Add another policy
/// for the same numbers with its generated <c>And…</c> method (for example <c>AndShakenStir()</c>), then give the
/// notification e-mail with <see cref="NotifyEmail"/> to get the runnable <see cref="OnboardingPipeline"/>.
/// </summary>
public sealed class OnboardingProductsStage
{
    /// <summary>Wraps a draft; generated pipelines call this.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public OnboardingProductsStage(OnboardingDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Numbers is null) throw new ArgumentException("The draft has no numbers yet; choose them before the products.", nameof(draft));
        Draft = draft;
    }

    /// <summary>The state so far; generated <c>And…</c> methods extend it.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public OnboardingDraft Draft { get; }

    /// <summary>The e-mail Twilio notifies about the reviews, and optionally a URL it calls on status changes.</summary>
    /// <param name="email">An e-mail address.</param>
    /// <param name="statusCallback">An absolute http(s) URL, or null.</param>
    /// <exception cref="ArgumentException">The e-mail or the URL is malformed.</exception>
    public OnboardingPipeline NotifyEmail(string email, Uri? statusCallback = null)
    {
        NotificationChecks.Check(email, statusCallback);
        return new OnboardingPipeline(new OnboardingRequest
        {
            BusinessProfileSid = Draft.BusinessProfileSid,
            Policies = Draft.Policies,
            Numbers = Draft.Numbers!,
            EndUserAttributes = Draft.EndUserAttributes,
            NotificationEmail = email,
            StatusCallback = statusCallback,
        });
    }
}
