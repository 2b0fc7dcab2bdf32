namespace Gwanak.Innovation.Primitives;

/// <summary>
/// Whether a period counted from a day on which something happens (a notice is given, the last party signs) counts that
/// day: the Civil Code's rule, or one the parties agreed instead.
/// </summary>
/// <remarks>
/// Source: Civil Code (민법) Art. 157: a period of days, weeks, months or years leaves out its first day (초일 불산입)
/// unless it starts at 00:00; Art. 155: the counting of the Code applies unless a statute, a court or a juristic act (an
/// agreement, for example) provides otherwise. Either way the period ends at the end of its last day (Art. 159), counted by
/// the calendar (Art. 160). A period that starts on a fixed day starts at 00:00 of it and counts it under both values.
/// </remarks>
public enum PeriodCounting
{
    /// <summary>
    /// The Civil Code (Art. 157): the day has begun when the act happens, so the period counts from the next day. Three
    /// months' notice given on 2026-02-10 runs from 2026-02-11 through 2026-05-10.
    /// </summary>
    CivilCode = 0,

    /// <summary>
    /// The parties agreed (Art. 155) that the day of the act counts as the period's first day ("notice takes effect on the
    /// day it is given", "counted inclusively"). Three months' notice given on 2026-02-10 runs from 2026-02-10 through
    /// 2026-05-09.
    /// </summary>
    FirstDayIncluded = 1,
}
