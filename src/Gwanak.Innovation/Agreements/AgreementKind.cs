namespace Gwanak.Innovation.Agreements;

/// <summary>What kind of agreement a document is.</summary>
public enum AgreementKind
{
    /// <summary>A memorandum of understanding (양해각서, MOU): usually not binding except named clauses.</summary>
    MemorandumOfUnderstanding = 0,

    /// <summary>A letter of intent (의향서), often the first step towards a friendship tie.</summary>
    LetterOfIntent = 1,

    /// <summary>A friendship city agreement (우호도시 협정), the lighter, earlier stage of a city partnership.</summary>
    FriendshipAgreement = 2,

    /// <summary>A sister city agreement (자매도시 협정), which needs a resolution of the local council and both heads' signatures.</summary>
    SisterCityAgreement = 3,

    /// <summary>A business agreement (업무협약) between organisations.</summary>
    BusinessAgreement = 4,
}
