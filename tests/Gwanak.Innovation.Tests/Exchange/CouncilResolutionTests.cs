using System;
using Gwanak.Innovation.Exchange;
using NodaTime;

namespace Gwanak.Innovation.Tests.Exchange;

public sealed class CouncilResolutionTests
{
    [Theory]
    [InlineData(PartnershipStage.Exploring, "A council resolution approves a friendship or a sister-city tie, not Exploring. (Parameter 'approves')")]
    [InlineData(PartnershipStage.LetterOfIntent, "A council resolution approves a friendship or a sister-city tie, not LetterOfIntent. (Parameter 'approves')")]
    public void A_resolution_for_a_stage_the_council_does_not_approve_is_refused_naming_the_stage(PartnershipStage stage, string message)
        => Assert.Equal(message, Assert.Throws<ArgumentException>(() => new CouncilResolution(new LocalDate(2023, 10, 20), "2023-117", stage)).Message);
}
