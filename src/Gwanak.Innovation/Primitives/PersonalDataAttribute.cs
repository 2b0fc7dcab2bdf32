using System;

namespace Gwanak.Innovation.Primitives;

/// <summary>
/// Marks a property or type that holds personal data (a person's name, contact details), so that exports
/// and public reports can leave it out.
/// </summary>
/// <remarks>
/// Korea's Personal Information Protection Act (개인정보 보호법) and the GDPR both ask a publisher to keep personal
/// data out of what it need not publish; <see cref="PersonName"/> carries this mark, and any member of a model
/// type that holds one carries it too.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Parameter, Inherited = true)]
public sealed class PersonalDataAttribute : Attribute;
