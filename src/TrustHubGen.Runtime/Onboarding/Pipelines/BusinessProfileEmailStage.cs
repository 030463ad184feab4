using System;
using System.ComponentModel;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// The stage after a Business Profile pipeline has everything its policy requires (primary profile, end users,
/// address); <see cref="NotifyEmail"/> gives the runnable <see cref="BusinessProfilePipeline"/>.
/// </summary>
public sealed class BusinessProfileEmailStage
{
    private readonly BusinessProfileDraft _draft;

    /// <summary>Wraps a draft; generated pipelines call this.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public BusinessProfileEmailStage(BusinessProfileDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        _draft = draft;
    }

    /// <summary>The e-mail Twilio notifies about the review, and optionally a URL it calls on status changes.</summary>
    /// <param name="email">An e-mail address.</param>
    /// <param name="statusCallback">An absolute http(s) URL, or null.</param>
    /// <exception cref="ArgumentException">The e-mail or the URL is malformed.</exception>
    public BusinessProfilePipeline NotifyEmail(string email, Uri? statusCallback = null)
    {
        NotificationChecks.Check(email, statusCallback);
        return new BusinessProfilePipeline(new BusinessProfileRequest
        {
            Policy = _draft.Policy,
            FriendlyName = _draft.FriendlyName,
            Email = email,
            PrimaryProfileSid = _draft.PrimaryProfileSid,
            EndUserAttributes = _draft.EndUserAttributes,
            Address = _draft.Address,
            StatusCallback = statusCallback,
        });
    }
}
