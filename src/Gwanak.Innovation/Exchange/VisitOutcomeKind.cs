namespace Gwanak.Innovation.Exchange;

/// <summary>What came of a visit, as a trip report groups it.</summary>
public enum VisitOutcomeKind
{
    /// <summary>An agreement (MOU) was signed.</summary>
    AgreementSigned = 0,

    /// <summary>A tie between cities or organisations was discussed or advanced.</summary>
    TieDiscussed = 1,

    /// <summary>The delegation studied practice (a company, a university) without a commitment.</summary>
    StudyVisit = 2,

    /// <summary>An official courtesy call that raised the district's profile.</summary>
    CourtesyCall = 3,
}
