namespace Gwanak.Innovation.Exchange;

/// <summary>The stage of a tie between a district and another city, from first contacts to its end.</summary>
/// <remarks>
/// The live stages run in order <see cref="Exploring"/> → <see cref="LetterOfIntent"/> → <see cref="FriendshipCity"/>
/// → <see cref="SisterCity"/>; a live tie can go <see cref="Dormant"/> and come back, and any tie can be
/// <see cref="Ended"/>, which is final.
/// <para>Friendship (우호) ties are the lighter, earlier stage; a sister-city (자매) tie needs a resolution of the local
/// council (Local Autonomy Act (지방자치법) Art. 47 and the district's ordinance on international exchange, 국제교류 조례).
/// The letter-of-intent stage (교류의향서) is the model's own step between first contacts and a friendship agreement.</para>
/// </remarks>
public enum PartnershipStage
{
    /// <summary>First contacts and visits, nothing signed (교류 모색).</summary>
    Exploring = 0,

    /// <summary>A letter of intent to build a tie has been signed (교류의향서).</summary>
    LetterOfIntent = 1,

    /// <summary>Friendship city (우호도시): a friendship agreement, usually without a council resolution.</summary>
    FriendshipCity = 2,

    /// <summary>Sister city (자매도시): an agreement signed by both heads after a resolution of the local council.</summary>
    SisterCity = 3,

    /// <summary>The tie exists on paper but nothing happens; it can be revived to the stage it had.</summary>
    Dormant = 4,

    /// <summary>The tie has been ended; nothing more can happen to it.</summary>
    Ended = 5,
}
